// Above the section of a draft that has contributions: what is still to review (with the way to
// the review) and "Show who wrote what", off by default; when on, the section's paragraphs show
// their author and the legend names every colour.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format';
import { AuthorName } from './AuthorName';
import type { Author } from './people';
import type { OpenCounts } from './review-model';

interface ContributionsBarProps {
  authors: Author[];
  /** Pending changes and open conflicts of the whole draft. */
  open: OpenCounts;
  onReview(): void;
  shown: boolean;
  onShow(shown: boolean): void;
}

export function ContributionsBar({ authors, open, onReview, shown, onShow }: ContributionsBarProps) {
  const { t, i18n } = useTranslation('draft');
  const id = useId();
  const n = (count: number) => ({ count, formatted: formatNumber(count, i18n.language) });
  const said = [
    open.conflicts > 0 ? t('merge.outline.conflicts', n(open.conflicts)) : '',
    open.changes > 0 ? t('merge.outline.changes', n(open.changes)) : '',
  ].filter(Boolean);
  return (
    <div className="merge-bar">
      {said.length > 0 && (
        <p className="merge-bar-open">
          <span>{said.join(' · ')}</span>
          <button type="button" className="button button-small" aria-haspopup="dialog" onClick={onReview}>
            {t('merge.review.open')}
          </button>
        </p>
      )}
      {authors.length > 1 && (
        <div className="merge-attribution">
          <label className="merge-attribution-toggle">
            <input type="checkbox" checked={shown} onChange={(event) => onShow(event.currentTarget.checked)} />
            {t('merge.attribution.toggle')}
          </label>
          {shown && (
            <>
              <span id={`${id}-legend`} className="visually-hidden">
                {t('merge.attribution.legend')}
              </span>
              <ul className="merge-legend" aria-labelledby={`${id}-legend`}>
                {authors.map((author) => (
                  <li key={author.id}>
                    <AuthorName author={author} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
