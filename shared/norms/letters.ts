// How each document language writes the letters of paragraph 13's sub-paragraphs (a)-(k):
// Latin letters in five of the UN languages, the Arabic abjad order (أ، ب، ج …) in Arabic, as
// United Nations documents do. The one table for both the documents and the UI.
import { NORM_LETTERS, type NormLetter } from '../model/draft';
import type { Language } from '../model/languages';

export const ARABIC_PARAGRAPH_LETTERS: Readonly<Record<NormLetter, string>> = {
  a: 'أ',
  b: 'ب',
  c: 'ج',
  d: 'د',
  e: 'هـ',
  f: 'و',
  g: 'ز',
  h: 'ح',
  i: 'ط',
  j: 'ي',
  k: 'ك',
};

/** The sub-paragraph letter as `language` writes it ("g", or "ز" in Arabic). */
export function paragraphLetter(letter: NormLetter, language: Language): string {
  return language === 'ar' ? ARABIC_PARAGRAPH_LETTERS[letter] : letter;
}

// The tatweel of "هـ" is only drawing: a heading typed as "ه" names the same sub-paragraph.
const withoutTatweel = (text: string) => text.replace(/\u0640/g, '');
const BY_ARABIC = new Map(NORM_LETTERS.map((letter) => [withoutTatweel(ARABIC_PARAGRAPH_LETTERS[letter]), letter]));

/** The norm named by an Arabic sub-paragraph letter ("ز" -> "g"), else null. */
export function letterOfArabicParagraphLetter(text: string): NormLetter | null {
  return BY_ARABIC.get(withoutTatweel(text.trim())) ?? null;
}
