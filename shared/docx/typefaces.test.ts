// The editor shows the typeface the Word file names: the fonts written into the document for each
// language lead the CSS font stack the editor is given, in the order Word uses them.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../model/languages';
import { languageProfile } from './language';
import { documentFontFamily } from '../model/typefaces';

const families = (stack: string) => stack.split(',').map((f) => f.trim().replace(/^'(.*)'$/, '$1'));

describe('document typefaces', () => {
  for (const language of LANGUAGES)
    it(`gives the editor the fonts the ${language} Word export names`, () => {
      const { fonts, runFonts } = languageProfile(language);
      const stack = families(documentFontFamily(language));
      expect(stack[0]).toBe(fonts.ascii);
      for (const font of [fonts.ascii, fonts.hAnsi, fonts.cs, fonts.eastAsia, runFonts?.eastAsia].filter(Boolean))
        expect(stack).toContain(font);
      expect(stack.at(-1)).toBe('sans-serif');
    });

  it('puts the Chinese font before any other font for Chinese characters', () => {
    const stack = families(documentFontFamily('zh'));
    expect(stack.indexOf('SimSun')).toBeLessThan(stack.indexOf('Noto Serif CJK SC'));
    expect(stack.indexOf('SimSun')).toBeGreaterThan(stack.indexOf('Arial'));
  });

  it('writes a valid CSS list, quoting names with spaces', () => {
    expect(documentFontFamily('en')).toBe("Arial, 'Liberation Sans', Arimo, 'Noto Sans', sans-serif");
  });
});
