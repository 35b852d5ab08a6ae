// Draft dates are calendar dates written YYYY-MM-DD (no time zone); these helpers check them and
// write them out in the document's language for the title block and the closing date line.
import type { Language } from './languages';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** True for a real calendar date such as 2025-02-28 (2025-02-30 is refused). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const p = parts(value);
  if (!p) return false;
  const [year, month, day] = p;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The date of `epochMs` in UTC, as YYYY-MM-DD. */
export function isoDateOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/**
 * Locale used for document dates. English follows UN editorial style (day month year); Arabic
 * keeps Western digits, as UN Arabic documents do.
 */
const DOCUMENT_LOCALE: Record<Language, string> = {
  ar: 'ar-u-nu-latn',
  zh: 'zh-CN',
  en: 'en-GB',
  fr: 'fr-FR',
  ru: 'ru-RU',
  es: 'es-ES',
};

const DATE_STYLES = {
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  monthYear: { month: 'long', year: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** One formatter per language and style: making one costs far more than formatting (the import's date patterns make 144). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(iso: string, language: Language, style: keyof typeof DATE_STYLES): string {
  const p = parts(iso);
  if (!p || !isIsoDate(iso)) throw new RangeError(`Invalid date "${iso}": expected YYYY-MM-DD`);
  const [year, month, day] = p;
  const key = `${language} ${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(DOCUMENT_LOCALE[language], DATE_STYLES[style]);
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "5 September 2025", "5 septembre 2025", "2025年9月5日" ... */
export function formatLongDate(iso: string, language: Language): string {
  return format(iso, language, 'long');
}

/** "September 2025", "septembre 2025", "2025年9月" ... */
export function formatMonthYear(iso: string, language: Language): string {
  return format(iso, language, 'monthYear');
}
