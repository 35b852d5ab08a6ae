import { applyDocumentTypeface } from './language/document-typeface';
import { openDatabaseEarly } from './storage/early-open';
import './styles/base.css';
import './styles/forms.css';
import './styles/library.css';
import './styles/draft.css';
import './styles/coverage.css';

// First of all, so the browser opens the library's files while the code below downloads.
void openDatabaseEarly();

// Until a draft is open (the import report, the library), document text is shown as English is.
applyDocumentTypeface('en');

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');

// Each load step is evaluated in a task of its own (index.html preloads them all, so none waits
// for a download): storage, the UI texts, React, then the screens. The database is built once
// for the app's lifetime, and text a window that went away had not stored is put back before
// any draft is read.
const storage = import('./start-storage').then(({ startStorage }) => startStorage(window.localStorage));
const texts = import('./start-texts').then(({ initI18n }) => initI18n());
const screens = import('./react-runtime').then(() => import('./first-screen'));
void Promise.all([storage, texts, screens]).then(async ([{ services, recovered }, , { renderApp }]) => {
  await recovered;
  renderApp(container, services);
});
