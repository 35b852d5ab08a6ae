import { describe, expect, it } from 'vitest';
import { fullDate, monthYear } from './dates';
import { languageProfile } from './language';

const locale = (language: Parameters<typeof languageProfile>[0]) => languageProfile(language).dateLocale;

describe('dates in the document language', () => {
  it('writes month and year and the full date per language', () => {
    expect(monthYear('2026-03-12', locale('en'))).toBe('March 2026');
    expect(fullDate('2026-03-12', locale('en'))).toBe('12 March 2026');
    expect(fullDate('2026-03-12', locale('fr'))).toBe('12 mars 2026');
    expect(fullDate('2026-03-12', locale('es'))).toBe('12 de marzo de 2026');
    expect(fullDate('2026-03-12', locale('zh'))).toBe('2026年3月12日');
    expect(fullDate('2026-03-12', locale('ru'))).toContain('марта 2026');
  });

  it('writes Arabic dates with Western digits, as UN Arabic documents do', () => {
    const text = fullDate('2026-03-12', locale('ar'));
    expect(text).toContain('2026');
    expect(text).toMatch(/\p{Script=Arabic}/u);
  });

  it('is not shifted by time zones at the turn of a month', () => {
    expect(fullDate('2026-01-31', locale('en'))).toBe('31 January 2026');
  });

  it('keeps an unparseable or impossible date as typed', () => {
    expect(monthYear('Spring 2026', locale('en'))).toBe('Spring 2026');
    expect(fullDate('2026-02-30', locale('en'))).toBe('2026-02-30');
  });
});
