import { useTranslation } from 'react-i18next';

export function LibraryScreen() {
  const { t } = useTranslation();
  return (
    <section className="library" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('library.heading')}</h2>
      <div className="empty-state">
        <p className="empty-state-title">{t('library.empty.title')}</p>
        <p className="empty-state-hint">{t('library.empty.hint')}</p>
        <button type="button" className="button button-primary">
          {t('library.newDraft')}
        </button>
      </div>
    </section>
  );
}
