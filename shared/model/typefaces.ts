// The document's typeface in each language, one table for both places users compare: the Word
// export names these fonts (shared/docx/language.ts), and the editor shows them, as a CSS font stack the
// renderer sets for the draft's language. Fonts are ones Word users have; a screen without them
// (Linux, the web build) gets the metric-compatible substitute LibreOffice uses too, so lines
// break alike, then a Noto font of the script.
import type { Language } from './languages';

export interface DocumentTypeface {
  /** Latin and Cyrillic text (w:ascii, w:hAnsi). */
  latin: string;
  /** Complex scripts, i.e. Arabic (w:cs). */
  complexScript: string;
  /** Chinese text (w:eastAsia); only the Chinese document names one. */
  eastAsia?: string;
}

const ARIAL = 'Arial';
const SIMSUN = 'SimSun';

export const DOCUMENT_TYPEFACES: Readonly<Record<Language, DocumentTypeface>> = {
  ar: { latin: ARIAL, complexScript: ARIAL },
  en: { latin: ARIAL, complexScript: ARIAL },
  es: { latin: ARIAL, complexScript: ARIAL },
  fr: { latin: ARIAL, complexScript: ARIAL },
  ru: { latin: ARIAL, complexScript: ARIAL },
  zh: { latin: ARIAL, complexScript: ARIAL, eastAsia: SIMSUN },
};

/** What a screen without the Word font shows instead, best match first. */
const SUBSTITUTES: Readonly<Record<string, readonly string[]>> = {
  [ARIAL]: ['Liberation Sans', 'Arimo'],
  [SIMSUN]: ['NSimSun', 'Noto Serif CJK SC', 'Songti SC'],
};

/** Script fonts after the Word fonts, for letters those fonts lack on this screen. */
const SCRIPT_FALLBACKS: Readonly<Record<Language, readonly string[]>> = {
  ar: ['Noto Sans Arabic', 'Noto Naskh Arabic'],
  en: ['Noto Sans'],
  es: ['Noto Sans'],
  fr: ['Noto Sans'],
  ru: ['Noto Sans'],
  zh: ['Noto Sans'],
};

const quoted = (family: string) => (/^[A-Za-z-]+$/.test(family) ? family : `'${family}'`);

/**
 * The CSS font-family for document text in `language`: the fonts the Word file names first (in
 * the order Word picks them: Latin, then Chinese), each followed by its substitutes.
 */
export function documentFontFamily(language: Language): string {
  const typeface = DOCUMENT_TYPEFACES[language];
  const words = [
    ...new Set([typeface.latin, typeface.complexScript, ...(typeface.eastAsia ? [typeface.eastAsia] : [])]),
  ];
  const families = [
    ...words.flatMap((font) => [font, ...(SUBSTITUTES[font] ?? [])]),
    ...SCRIPT_FALLBACKS[language],
    'sans-serif',
  ];
  return [...new Set(families)].map(quoted).join(', ');
}
