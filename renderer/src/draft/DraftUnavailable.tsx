// What the draft route shows while loading, or when the draft is gone, in the trash, or unreadable.
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../app/AppHeader';
import { BackToLibrary } from '../app/BackToLibrary';

type State = { kind: 'loading' } | { kind: 'missing' } | { kind: 'trashed'; title: string } | { kind: 'failed' };

export function DraftUnavailable({ state, onRestore }: { state: State; onRestore(): void }) {
  const { t } = useTranslation('draft');
  return (
    <div className="app">
      <AppHeader>
        <BackToLibrary />
      </AppHeader>
      <main className="app-main" id="main">
        {state.kind === 'loading' ? (
          <p className="loading" role="status">
            {t('unavailable.loading')}
          </p>
        ) : (
          <div className="empty-state">
            <h1 className="empty-state-title">
              {state.kind === 'missing'
                ? t('unavailable.missing')
                : state.kind === 'trashed'
                  ? t('unavailable.trashed', { title: state.title })
                  : t('unavailable.failed')}
            </h1>
            <p className="empty-state-hint">
              {state.kind === 'failed' ? t('unavailable.failedHint') : t('unavailable.hint')}
            </p>
            {state.kind === 'trashed' ? (
              <button type="button" className="button button-primary" onClick={onRestore}>
                {t('unavailable.restore')}
              </button>
            ) : (
              <a className="button button-primary" href="#/">
                {t('header.backToLibrary')}
              </a>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
