// "Show who wrote what" above the section, for a draft that has contributors: off by default;
// when on, the section's paragraphs show their author and the legend names every colour.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthorName } from './AuthorName';
import type { Author } from './people';

interface AttributionBarProps {
  authors: Author[];
  shown: boolean;
  onShow(shown: boolean): void;
}

export function AttributionBar({ authors, shown, onShow }: AttributionBarProps) {
  const { t } = useTranslation('draft');
  const id = useId();
  return (
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
  );
}
