import { initI18n } from './i18n/setup';
import { createServices } from './create-services';
import { applyDocumentTypeface } from './language/document-typeface';
import { recoverLeftText } from './rescue/leave-journal';
import './styles/base.css';
import './styles/forms.css';
import './styles/library.css';
import './styles/draft.css';
import './styles/coverage.css';

// Until a draft is open (the import report, the library), document text is shown as English is.
applyDocumentTypeface('en');

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');

// The database and its stores, built once for the app's lifetime.
const services = createServices();

// Text a window that went away had not stored is put back before any draft is read.
const recovered = recoverLeftText(window.localStorage, services).catch(() => undefined);

// React, then the screens, each evaluated in a task of its own after this one (see first-screen.tsx);
// index.html preloads both, so the second waits for no download.
const screens = import('./react-runtime').then(() => import('./first-screen'));
void Promise.all([initI18n(), recovered, screens]).then(([, , { renderApp }]) => renderApp(container, services));
