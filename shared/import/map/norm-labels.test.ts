// The norm labels the Word export writes in each document language are read back as norm headings.
import { describe, expect, it } from 'vitest';
import { NORM_LETTERS } from '../../model/draft';
import { LANGUAGES } from '../../model/languages';
import { normHeadingLine, normLabel } from '../../norms/official';
import { normFromPattern } from './norms';

describe('norm labels of our own export, in the six languages', () => {
  it.each(LANGUAGES)(
    'recognises every norm from its %s label, followed by the official text or a short title',
    (language) => {
      for (const letter of NORM_LETTERS) {
        expect(normFromPattern(normLabel(letter, language)), normLabel(letter, language)).toBe(letter);
        expect(normFromPattern(normHeadingLine(letter, undefined, language))).toBe(letter);
        expect(normFromPattern(normHeadingLine(letter, 'Titre abrégé', language))).toBe(letter);
      }
    },
  );

  it.each([
    ['Norme 6 (rapport de 2015 du Groupe d’experts gouvernementaux, paragraphe 13 g))', 'g'],
    ['Paragraphe 13 h) – Demandes d’assistance', 'h'],
    ['Норма 2 (пункт 13 c))', 'c'],
    ['الفقرة 13 (ز) – حماية البنية التحتية الحيوية', 'g'],
    ['القاعدة 5 (الفقرة 13 (ه))', 'e'],
    ['规范 3（第13(d)段）', 'd'],
  ])('trusts the sub-paragraph in "%s"', (heading, letter) => {
    expect(normFromPattern(heading)).toBe(letter);
  });

  it.each(['13 z) Something else', 'القاعدة 12 (الفقرة 13 (س))'])('is not fooled by "%s"', (heading) => {
    expect(normFromPattern(heading)).toBeNull();
  });
});
