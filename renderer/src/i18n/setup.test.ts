import { beforeEach, describe, expect, it, vi } from 'vitest';

const setUiLanguage = vi.fn(async (_language: string) => {});
vi.mock('../platform', () => ({ platform: { setUiLanguage: (language: string) => setUiLanguage(language) } }));

// The few browser globals the setup touches, as a plain page would have them.
const saved = new Map<string, string>();
const root = { lang: '', dir: '' };
beforeEach(() => {
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => saved.get(k) ?? null,
    setItem: (k: string, v: string) => saved.set(k, v),
  });
  vi.stubGlobal('navigator', { languages: ['fr-CA', 'en'], language: 'fr-CA' });
  vi.stubGlobal('document', { documentElement: root });
});

describe('UI language setup', () => {
  it('starts in the system language, then switches at once: texts, direction, remembered, native menu told', async () => {
    const { changeUiLanguage, currentUiLanguage, initI18n } = await import('./setup');
    const { default: i18next } = await import('i18next');
    await initI18n();
    expect(currentUiLanguage()).toBe('fr');
    expect(root).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(i18next.t('library:heading')).toBe('Vos projets');
    expect(setUiLanguage).toHaveBeenLastCalledWith('fr');

    await changeUiLanguage('ar');
    expect(root).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(i18next.t('library:heading')).toBe('مسوداتك');
    expect(saved.get('drafter.uiLanguage')).toBe('ar');
    expect(setUiLanguage).toHaveBeenLastCalledWith('ar');

    // Arabic plural forms come from CLDR: zero, one, two, few, many, other.
    const words = (count: number) => i18next.t('draft:words', { count, formatted: String(count) });
    expect([0, 1, 2, 3, 11, 100].map(words)).toEqual([
      'لا كلمات',
      'كلمة واحدة',
      'كلمتان',
      '3 كلمات',
      '11 كلمة',
      '100 كلمة',
    ]);
    await changeUiLanguage('ru');
    expect([1, 3, 5, 21].map(words)).toEqual(['1 слово', '3 слова', '5 слов', '21 слово']);
  });
});
