// The dates and submitter lines the app writes come back as the same date and submitter.
import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMonthYear } from '../../model/dates';
import { LANGUAGES } from '../../model/languages';
import { detectFields } from './fields';
import type { Block } from '../ir';
import { readOwnDateLine } from './own-dates';

const SUBMITTERS = {
  ar: ['جمهورية إكزامبليا', '، '],
  zh: ['艾克桑普利亚共和国', '，'],
  en: ['Republic of Examplia', ', '],
  fr: ['République d’Examplia', ', '],
  ru: ['Республика Экзамплия', ', '],
  es: ['República de Examplia', ', '],
} as const;

const paragraph = (text: string): Block => ({ kind: 'paragraph', inlines: [{ kind: 'text', text }] }) as Block;

describe('dates the app writes', () => {
  it.each(LANGUAGES)('reads every long date written in %s', (language) => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2026-${String(month).padStart(2, '0')}-${month + 9}`;
      expect(readOwnDateLine(formatLongDate(iso, language)), formatLongDate(iso, language)).toBe(iso);
    }
  });

  it.each(LANGUAGES)('reads the submitter and month of the title block in %s', (language) => {
    const [submitter, separator] = SUBMITTERS[language];
    const title = paragraph('Title');
    for (const month of ['01', '03', '09', '12']) {
      const line = `${submitter}${separator}${formatMonthYear(`2025-${month}-01`, language)}`;
      const fields = detectFields([title, paragraph(line)], title, []);
      expect(fields.submitter, line).toBe(submitter);
      expect(fields.date, line).toBe(`2025-${month}-01`);
    }
  });

  it('reads the closing date line the app writes in Arabic', () => {
    const title = paragraph('Title');
    expect(detectFields([title], title, [paragraph(formatLongDate('2026-03-12', 'ar'))]).date).toBe('2026-03-12');
  });

  it('reads the Chinese date and submitter lines with the spaces a PDF shows around the digits', () => {
    const title = paragraph('Title');
    const fields = detectFields([title, paragraph('艾克桑普利亚共和国，2026 年 3 月')], title, [
      paragraph('2026 年 3 月 12 日'),
    ]);
    expect(fields.submitter).toBe('艾克桑普利亚共和国');
    expect(fields.date).toBe('2026-03-12');
  });
});
