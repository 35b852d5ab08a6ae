// What the library says when there is nothing to show: to a newcomer, and after a search.
import { useTranslation } from 'react-i18next';
import { LibraryFileActions } from '../files/LibraryFileActions';

export function LibraryEmpty({ onCreate }: { onCreate(): void }) {
  const { t } = useTranslation('library');
  return (
    <div className="empty-state">
      <p className="empty-state-title">{t('empty.title')}</p>
      <p className="empty-state-hint">{t('empty.hint')}</p>
      <ol className="empty-state-steps">
        <li>{t('empty.step1')}</li>
        <li>{t('empty.step2')}</li>
        <li>{t('empty.step3')}</li>
      </ol>
      <button type="button" className="button button-primary new-draft-button" onClick={onCreate}>
        {t('newDraft.open')}
      </button>
      <LibraryFileActions />
    </div>
  );
}

export function NoResults({ query, onClear }: { query: string; onClear(): void }) {
  const { t } = useTranslation('library');
  return (
    <div className="empty-state empty-state-search">
      <p className="empty-state-title">{t('noResults.title', { query: query.trim() })}</p>
      <p className="empty-state-hint">{t('noResults.hint')}</p>
      <button type="button" className="button" onClick={onClear}>
        {t('noResults.clear')}
      </button>
    </div>
  );
}
