import { useTranslation } from 'react-i18next';
import { LibraryScreen } from './library/LibraryScreen';

export function App() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header className="app-header" role="banner">
        <h1 className="app-title">{t('app.name')}</h1>
      </header>
      <main className="app-main" id="main">
        <LibraryScreen />
      </main>
    </div>
  );
}
