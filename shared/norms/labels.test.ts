import { describe, expect, it } from 'vitest';
import { NORM_LETTERS } from '../model/draft';
import { LANGUAGES } from '../model/languages';
import { ARABIC_PARAGRAPH_LETTERS, letterOfArabicParagraphLetter, paragraphLetter } from './letters';
import { normHeadingLine, normLabel, officialNorm } from './official';

describe('norm labels in the document language', () => {
  it('keeps the English label and heading line as the non-papers write them', () => {
    expect(normLabel('g')).toBe('Norm 7 (UNGGE 2015 report, paragraph 13g)');
    expect(normLabel('k', 'en')).toBe('Norm 11 (UNGGE 2015 report, paragraph 13k)');
    expect(normHeadingLine('a')).toBe(
      `Norm 1 (UNGGE 2015 report, paragraph 13a) – ${officialNorm('a').officialTextEn}`,
    );
  });

  it('names the Group of Governmental Experts as the UN does, in French', () => {
    expect(normLabel('g', 'fr')).toBe(
      'Norme 7 (rapport de 2015 du Groupe d’experts gouvernementaux, paragraphe 13 g))',
    );
    expect(normHeadingLine('g', 'Texte collé.', 'fr')).toBe(
      'Norme 7 (rapport de 2015 du Groupe d’experts gouvernementaux, paragraphe 13 g)) – Texte collé.',
    );
  });

  it('in Spanish', () => {
    expect(normLabel('c', 'es')).toBe('Norma 3 (informe de 2015 del Grupo de Expertos Gubernamentales, párrafo 13 c))');
  });

  it('in Russian', () => {
    expect(normLabel('k', 'ru')).toBe('Норма 11 (доклад Группы правительственных экспертов 2015 года, пункт 13 k))');
  });

  it('in Chinese, with full-width brackets and colon', () => {
    expect(normLabel('g', 'zh')).toBe('规范7（2015年政府专家组报告第13(g)段）');
    expect(normHeadingLine('g', '正式案文。', 'zh')).toBe('规范7（2015年政府专家组报告第13(g)段）：正式案文。');
  });

  it('in Arabic, with the sub-paragraph letter in the abjad order', () => {
    expect(normLabel('g', 'ar')).toBe('القاعدة 7 (تقرير فريق الخبراء الحكوميين لعام 2015، الفقرة 13 (ز))');
    expect(normLabel('e', 'ar')).toBe('القاعدة 5 (تقرير فريق الخبراء الحكوميين لعام 2015، الفقرة 13 (هـ))');
    expect(normHeadingLine('a', 'النص الرسمي.', 'ar')).toBe(
      'القاعدة 1 (تقرير فريق الخبراء الحكوميين لعام 2015، الفقرة 13 (أ)) – النص الرسمي.',
    );
  });

  it('leaves the English official text exactly as shipped when no text was provided', () => {
    for (const language of LANGUAGES)
      expect(normHeadingLine('d', undefined, language).endsWith(officialNorm('d').officialTextEn)).toBe(true);
  });

  it('gives every norm its own label in every language', () => {
    for (const language of LANGUAGES)
      expect(new Set(NORM_LETTERS.map((letter) => normLabel(letter, language))).size).toBe(11);
  });
});

describe('sub-paragraph letters', () => {
  it('are Latin except in Arabic, where they follow the abjad order', () => {
    expect(NORM_LETTERS.map((letter) => paragraphLetter(letter, 'fr')).join('')).toBe('abcdefghijk');
    expect(NORM_LETTERS.map((letter) => paragraphLetter(letter, 'ar'))).toEqual([
      'أ',
      'ب',
      'ج',
      'د',
      'هـ',
      'و',
      'ز',
      'ح',
      'ط',
      'ي',
      'ك',
    ]);
  });

  it('read back from Arabic, with or without the tatweel of هـ', () => {
    for (const letter of NORM_LETTERS)
      expect(letterOfArabicParagraphLetter(ARABIC_PARAGRAPH_LETTERS[letter])).toBe(letter);
    expect(letterOfArabicParagraphLetter('ه')).toBe('e');
    expect(letterOfArabicParagraphLetter('س')).toBeNull();
  });
});
