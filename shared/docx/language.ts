// Per document language: the tag written into w:lang, fonts that cover the script (typefaces.ts,
// the table the editor shows too), direction, and the locale used for dates.
import type { IFontAttributesProperties, IRunOptions } from 'docx';
import type { Language } from '../model/languages';
import { directionOf } from '../model/languages';
import { DOCUMENT_TYPEFACES } from '../model/typefaces';

/** docx does not export its language options type by name. */
export type RunLanguage = NonNullable<IRunOptions['language']>;

export interface LanguageProfile {
  language: Language;
  /** BCP 47 tag for w:lang and the document's dc:language. */
  tag: string;
  rtl: boolean;
  /** Fonts of the document defaults: Latin and Cyrillic (ascii/hAnsi), complex script, East Asian. */
  fonts: IFontAttributesProperties;
  /** Language on every run. */
  runLanguage: RunLanguage;
  /** Fonts repeated on every run where the script needs them (Chinese), else undefined. */
  runFonts: IFontAttributesProperties | undefined;
  /** Locale for Intl.DateTimeFormat. */
  dateLocale: string;
  /** Between the submitter and the month in the title block. */
  listSeparator: string;
}

const LATIN_IN_OTHER_SCRIPTS = 'en-GB';

const TAGS: Record<Language, string> = { ar: 'ar-SA', zh: 'zh-CN', en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU', es: 'es-ES' };

export function languageProfile(language: Language): LanguageProfile {
  const tag = TAGS[language];
  const rtl = directionOf(language) === 'rtl';
  const chinese = language === 'zh';
  const typeface = DOCUMENT_TYPEFACES[language];
  const fonts: IFontAttributesProperties = {
    ascii: typeface.latin,
    hAnsi: typeface.latin,
    cs: typeface.complexScript,
    ...(typeface.eastAsia ? { eastAsia: typeface.eastAsia } : {}),
  };
  // w:val is the language of Latin-script text, w:eastAsia of CJK text, w:bidi of Arabic text.
  // In Chinese and Arabic drafts the document language goes in its script's slot and Latin
  // text (names, the English norm texts) is English, as Word itself does: tagging Latin words
  // as Chinese makes LibreOffice break them anywhere.
  const runLanguage: RunLanguage = chinese
    ? { value: LATIN_IN_OTHER_SCRIPTS, eastAsia: tag }
    : rtl
      ? { value: LATIN_IN_OTHER_SCRIPTS, bidirectional: tag }
      : { value: tag };
  return {
    language,
    tag,
    rtl,
    fonts,
    runLanguage,
    runFonts: typeface.eastAsia ? { eastAsia: typeface.eastAsia, hint: 'eastAsia' } : undefined,
    // UN Arabic documents write dates with Western digits.
    dateLocale: language === 'ar' ? 'ar-u-nu-latn' : tag,
    listSeparator: chinese ? '，' : rtl ? '، ' : ', ',
  };
}
