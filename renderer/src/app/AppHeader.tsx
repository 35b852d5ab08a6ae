// The banner every screen shares: the app's name, then what the screen adds (the draft's title,
// its save indicator and actions), and the UI language picker at the end.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../language/LanguagePicker';

export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <span className="app-brand">
        <span className="app-brand-mark" aria-hidden="true" />
        {t('app.name')}
      </span>
      {children}
      <LanguagePicker />
    </header>
  );
}
