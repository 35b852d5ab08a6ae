// The dates the app itself writes, read back in all six languages: the closing date line
// ("12 مارس 2026", "2026年3月12日", "12 марта 2026 г.") and the submitter line of the title
// block ("جمهورية إكزامبليا، مارس 2026"). The patterns come from the same date formatting and
// the same locale texts the app writes with, so every month name of every language is known.
import ar from '../../../locales/ar/templates.json';
import en from '../../../locales/en/templates.json';
import es from '../../../locales/es/templates.json';
import fr from '../../../locales/fr/templates.json';
import ru from '../../../locales/ru/templates.json';
import zh from '../../../locales/zh/templates.json';
import { formatLongDate, formatMonthYear, isIsoDate } from '../../model/dates';
import { LANGUAGES, type Language } from '../../model/languages';

const SUBMITTER_LINES: Record<Language, string> = {
  ar: ar.block.submitterLine,
  zh: zh.block.submitterLine,
  en: en.block.submitterLine,
  fr: fr.block.submitterLine,
  ru: ru.block.submitterLine,
  es: es.block.submitterLine,
};

const SAMPLE_YEAR = '2000';
const SAMPLE_DAY = '28';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface DatePattern {
  month: number;
  /** Matches the whole line; groups y (year), d (day, long dates only), s (submitter, submitter lines only). */
  pattern: RegExp;
}

/** The formatted sample with its year (and day) turned into groups. */
function datePattern(sample: string): string {
  return escape(sample).replace(SAMPLE_YEAR, '(?<y>\\d{4})').replace(SAMPLE_DAY, '(?<d>\\d{1,2})');
}

function patterns(build: (language: Language, month: string) => string): DatePattern[] {
  return LANGUAGES.flatMap((language) =>
    Array.from({ length: 12 }, (_, i) => {
      const month = String(i + 1).padStart(2, '0');
      return { month: i + 1, pattern: new RegExp(`^${build(language, month)}$`, 'iu') };
    }),
  );
}

const LONG_DATES = patterns((language, month) =>
  datePattern(formatLongDate(`${SAMPLE_YEAR}-${month}-${SAMPLE_DAY}`, language)),
);

const SUBMITTER_MONTHS = patterns((language, month) => {
  const [before, after] = SUBMITTER_LINES[language].split('{monthYear}') as [string, string];
  const monthYear = datePattern(formatMonthYear(`${SAMPLE_YEAR}-${month}-01`, language));
  return escape(before).replace(escape('{submitter}'), '(?<s>.{2,300}?)') + monthYear + escape(after);
});

function isoOf(year: string, month: number, day: string | undefined): string | null {
  const value = `${year}-${String(month).padStart(2, '0')}-${(day ?? '1').padStart(2, '0')}`;
  return isIsoDate(value) ? value : null;
}

/**
 * Without the spaces a PDF shows between Chinese characters and digits ("2026 年 3 月": the gap
 * LibreOffice leaves there reads as a space), which the app never writes.
 */
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
const CJK_DIGIT_SPACE = new RegExp(`(?<=${CJK})\\s+(?=\\d)|(?<=\\d)\\s+(?=${CJK})`, 'gu');
const tidy = (line: string) => line.trim().replace(CJK_DIGIT_SPACE, '');

/** The date of a line that is only a date as the app writes it, YYYY-MM-DD; else null. */
export function readOwnDateLine(line: string): string | null {
  const text = tidy(line);
  for (const { month, pattern } of LONG_DATES) {
    const groups = pattern.exec(text)?.groups;
    if (groups) return isoOf(groups['y']!, month, groups['d']);
  }
  return null;
}

/** "Republic of Examplia, March 2026" in any of the six languages: the submitter and the month's first day. */
export function readOwnSubmitterLine(line: string): { submitter: string; date: string | null } | null {
  const text = tidy(line);
  for (const { month, pattern } of SUBMITTER_MONTHS) {
    const groups = pattern.exec(text)?.groups;
    if (groups) return { submitter: groups['s']!.trim(), date: isoOf(groups['y']!, month, undefined) };
  }
  return null;
}
