// The norm's official heading line: "Norm 7 (UNGGE 2015 report, paragraph 13g) – <official
// text>". Shown above the editor, never editable; only the English official text ships.
import { useTranslation } from 'react-i18next';
import type { NormLetter } from '../../../shared/model/draft';
import { normHeadingLine } from '../../../shared/norms/official';

export function NormText({ letter }: { letter: NormLetter }) {
  const { t } = useTranslation('draft');
  return (
    <figure className="norm-text">
      <blockquote className="norm-text-quote" lang="en" dir="ltr">
        <p>{normHeadingLine(letter)}</p>
      </blockquote>
      <figcaption className="norm-text-caption">{t('norm.officialCaption')}</figcaption>
    </figure>
  );
}
