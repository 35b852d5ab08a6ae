import { createInstance } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../../../shared/model/languages';
import ar from '../../../locales/ar/language.json';
import es from '../../../locales/es/language.json';
import { languageName } from './format';

afterEach(() => {
  vi.restoreAllMocks();
});

async function translator(language: string) {
  const i18n = createInstance();
  await i18n.init({ lng: language, resources: { ar: { language: ar }, es: { language: es } }, defaultNS: 'language' });
  return i18n.t;
}

describe('languageName', () => {
  // The draft header names the document language; opening a draft must not pay for the page's
  // first Intl formatter, so the names come from the locale files.
  it('names each document language in the UI language, without Intl.DisplayNames', async () => {
    const displayNames = vi.spyOn(Intl, 'DisplayNames');
    const spanish = await translator('es');
    expect(languageName('fr', spanish)).toBe('francés');
    expect(languageName('zh', spanish)).toBe('chino');
    const arabic = await translator('ar');
    expect(LANGUAGES.map((language) => languageName(language, arabic))).toEqual(
      expect.arrayContaining(['العربية', 'الإنجليزية', 'الفرنسية']),
    );
    expect(displayNames).not.toHaveBeenCalled();
  });
});
