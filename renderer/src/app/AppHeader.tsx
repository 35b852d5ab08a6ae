// The banner every screen shares: the app's name, then what the screen adds (the draft's title,
// its save indicator and actions), and the UI language picker at the end.
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../language/LanguagePicker';
import { useBlockSizeVariable } from '../ui/use-block-size-variable';

export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useBlockSizeVariable(ref, '--app-header-block-size');
  return (
    <header className="app-header" ref={ref}>
      <span className="app-brand">
        <span className="app-brand-mark" aria-hidden="true" />
        <span className="app-brand-name">{t('app.name')}</span>
      </span>
      {children}
      <LanguagePicker />
    </header>
  );
}
