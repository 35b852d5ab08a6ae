// Dates, numbers and language names in the UI language, through Intl (never hand-formatted).
import type { TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../../../shared/model/languages';

// Intl formatters are costly to create and the library and outline format hundreds of values
// per render: one of each per locale is kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter;
}

export function formatDateTime(epochMs: number, uiLanguage: string): string {
  const locale = uiLocale(uiLanguage);
  return cached(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(epochMs);
}

function numberFormat(uiLanguage: string): Intl.NumberFormat {
  const locale = uiLocale(uiLanguage);
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale));
}

export function formatNumber(value: number, uiLanguage: string): string {
  return numberFormat(uiLanguage).format(value);
}

/**
 * Makes the number formatter ahead of its first use. The page's first Intl formatter costs
 * 20-30 ms (the browser loads its locale data): called while storage reads a draft, the page
 * pays it during that wait instead of on the way to the draft's first frame.
 */
export function prepareNumberFormat(uiLanguage: string): void {
  // Formatting once too: the first number formatted loads the locale's symbols (bench/).
  numberFormat(uiLanguage).format(1234.5);
}

/** Keys (namespace `language`) of each document language's name in the UI language. */
export const LANGUAGE_NAME_KEYS = {
  ar: 'names.ar',
  zh: 'names.zh',
  en: 'names.en',
  fr: 'names.fr',
  ru: 'names.ru',
  es: 'names.es',
} as const satisfies Record<Language, string>;

/**
 * A language's name in the UI language, e.g. "French" in English, "francés" in Spanish. From the
 * locale files rather than Intl.DisplayNames: a page's first Intl formatter costs tens of
 * milliseconds (the browser loads its locale data), which opening a draft need not pay.
 */
export function languageName(language: Language, t: TFunction): string {
  return t(LANGUAGE_NAME_KEYS[language], { ns: 'language' });
}

/** Each language named in itself, as a language picker shows them. */
export const ENDONYMS: Record<Language, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

export { LANGUAGES };

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The locale for dates and numbers: the browser's own regional variant when it is of the UI
 * language (en-GB dates for a British user), else the UI language itself.
 */
export function uiLocale(uiLanguage: string): string {
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === uiLanguage) ?? uiLanguage;
}
