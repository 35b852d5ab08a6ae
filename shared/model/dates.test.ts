import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMonthYear, isIsoDate, isoDateOf } from './dates';

describe('dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '2025-01-01T00:00', 20250101, null])
      expect(isIsoDate(bad)).toBe(false);
  });

  it('writes the date line and month-year in the document language', () => {
    expect(formatLongDate('2025-09-05', 'en')).toBe('5 September 2025');
    expect(formatMonthYear('2025-09-05', 'en')).toBe('September 2025');
    expect(formatLongDate('2025-09-05', 'fr')).toBe('5 septembre 2025');
    expect(formatLongDate('2025-09-05', 'zh')).toBe('2025年9月5日');
    expect(formatMonthYear('2025-09-05', 'ar')).toContain('2025');
  });

  it('does not shift the date with the time zone', () => {
    expect(formatLongDate('2025-01-01', 'en')).toBe('1 January 2025');
    expect(isoDateOf(Date.UTC(2025, 0, 1, 23, 59))).toBe('2025-01-01');
  });
});
