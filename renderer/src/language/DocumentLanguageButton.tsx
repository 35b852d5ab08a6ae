// The draft's document language in the draft header, as a button that opens the draft's
// language setting. The language is named in the UI language ("French" in an English UI).
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/languages';
import { languageName } from '../ui/format';
import { useToasts } from '../ui/Toasts';
import { lazyPart } from '../ui/Lazy';

// Loaded when first opened (see ui/Lazy.tsx).
const DocumentLanguageDialog = lazyPart(() => import('./DocumentLanguageDialog'), 'DocumentLanguageDialog');

interface DocumentLanguageButtonProps {
  draftId: string;
  language: Language;
  onChanged(language: Language): void;
}

export function DocumentLanguageButton({ draftId, language, onChanged }: DocumentLanguageButtonProps) {
  const { t } = useTranslation('language');
  const toasts = useToasts();
  const [open, setOpen] = useState(false);
  const name = languageName(language, t);
  const label = t('documentLanguage.button', { language: name });
  return (
    <>
      {/* On a narrow header only the language's name shows; the button's name stays whole. */}
      <button
        type="button"
        className="document-language-button"
        aria-label={label}
        title={t('documentLanguage.change')}
        onClick={() => setOpen(true)}
      >
        <span className="document-language-long" aria-hidden="true">
          {label}
        </span>
        <span className="document-language-short" aria-hidden="true">
          {name}
        </span>
      </button>
      {/* In the body, not inside the header's one-line paragraph (a dialog is not phrasing content). */}
      {open &&
        createPortal(
          <DocumentLanguageDialog
            draftId={draftId}
            language={language}
            onClose={() => setOpen(false)}
            onChanged={(next) => {
              setOpen(false);
              onChanged(next);
              toasts.show({ message: t('documentLanguage.changed', { language: languageName(next, t) }) });
            }}
          />,
          document.body,
        )}
    </>
  );
}
