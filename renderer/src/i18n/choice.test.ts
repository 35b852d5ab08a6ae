import { describe, expect, it } from 'vitest';
import { chooseUiLanguage } from './choice';

describe('chooseUiLanguage', () => {
  it('keeps the language the user chose, whatever the system says', () => {
    expect(chooseUiLanguage('ar', ['fr-FR', 'en'])).toBe('ar');
  });

  it('follows the system when it prefers one of the six, by its base language', () => {
    expect(chooseUiLanguage(null, ['fr-CA', 'en-US'])).toBe('fr');
    expect(chooseUiLanguage(null, ['zh-Hans-CN'])).toBe('zh');
    expect(chooseUiLanguage(null, ['es_419'])).toBe('es');
    expect(chooseUiLanguage(null, ['de-DE', 'pt-BR', 'ru'])).toBe('ru');
  });

  it('falls back to English for other languages and for a saved value that is not a UI language', () => {
    expect(chooseUiLanguage(null, ['de-DE', 'ja'])).toBe('en');
    expect(chooseUiLanguage('klingon', [])).toBe('en');
    expect(chooseUiLanguage('__proto__', ['xx'])).toBe('en');
  });
});
