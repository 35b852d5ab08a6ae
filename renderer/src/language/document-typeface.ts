// Document text on screen (the editor, footnotes, official norm texts, compared versions) is set
// in the typeface the Word export uses for the draft's language: one CSS variable,
// --font-document, from the table the writer uses (shared/model/typefaces.ts).
import { useEffect } from 'react';
import { documentFontFamily } from '../../../shared/model/typefaces';
import type { Language } from '../../../shared/model/languages';

export const DOCUMENT_FONT_VARIABLE = '--font-document';

/** Sets the document typeface for `language` on `element` (the page root by default). */
export function applyDocumentTypeface(language: Language, element: HTMLElement = document.documentElement): void {
  element.style.setProperty(DOCUMENT_FONT_VARIABLE, documentFontFamily(language));
}

/**
 * While a draft is open, its language's typeface; back to English when it closes. On the page
 * root, so dialogs rendered outside the draft view (versions, norm texts) follow it too.
 */
export function useDocumentTypeface(language: Language): void {
  useEffect(() => {
    applyDocumentTypeface(language);
    return () => applyDocumentTypeface('en');
  }, [language]);
}
