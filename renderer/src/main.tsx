import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/setup';
import { App } from './App';
import './styles/base.css';
import './styles/forms.css';
import './styles/library.css';
import './styles/draft.css';
import './styles/coverage.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');

void initI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
