// The 11 norms as a row of cells, found ones filled: the import's result at a glance. Each cell
// also says in words whether its norm was found, for screen readers and in print.
import { useTranslation } from 'react-i18next';
import { NORM_LETTERS, type NormLetter } from '../../../shared/model/draft';
import { officialNorm } from '../../../shared/norms/official';
import { normTag } from '../templates/section-names';

export function NormGrid({ found }: { found: readonly NormLetter[] }) {
  const { t } = useTranslation(['import', 'draft']);
  return (
    <ol className="norm-grid" aria-label={t('report.gridLabel')}>
      {NORM_LETTERS.map((letter) => {
        const isFound = found.includes(letter);
        const number = officialNorm(letter).number;
        const label = t(isFound ? 'report.cellFound' : 'report.cellMissing', { tag: normTag({ norm: letter }, t) });
        return (
          <li key={letter} className={`norm-cell${isFound ? ' norm-cell-found' : ''}`} title={label}>
            <span aria-hidden="true" className="norm-cell-number">
              {number}
            </span>
            <span className="visually-hidden">{label}</span>
          </li>
        );
      })}
    </ol>
  );
}
