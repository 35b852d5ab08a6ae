import { describe, expect, it } from 'vitest';
import { isWord, textPieces } from '../../../shared/model/word-tokens';
import { fold, queryTerms, searchTerms, sectionSearchTerms, tokenize } from './search-terms';

describe('search terms', () => {
  it('folds case and accents so a French word is found typed without them', () => {
    expect(fold('Égalité Sécurité')).toBe('egalite securite');
    expect(queryTerms('securite')).toEqual(['securite']);
    expect(searchTerms('La Sécurité des TIC')).toEqual(['la', 'securite', 'des', 'tic']);
  });

  it('keeps Arabic and Cyrillic words and drops Arabic vowel marks', () => {
    expect(searchTerms('الأمنُ السيبراني')).toEqual(['الامن', 'السيبراني']);
    expect(searchTerms('Критическая инфраструктура')).toEqual(['критическая', 'инфраструктура']);
  });

  it('indexes Chinese characters one by one', () => {
    expect(searchTerms('关键基础设施 ICT')).toEqual(['关', '键', '基', '础', '设', '施', 'ict']);
  });

  it('indexes joined words whole and by their parts', () => {
    expect(searchTerms('l’égard ICT-related')).toEqual(['l’egard', 'l', 'egard', 'ict-related', 'ict', 'related']);
    expect(queryTerms('ICT-related')).toEqual(['ict-related']);
  });

  it('lists each term once and ignores punctuation', () => {
    expect(searchTerms('CERT, CERT; cert! (2024)')).toEqual(['cert', '2024']);
  });

  it('finds nothing to search for in punctuation alone', () => {
    expect(queryTerms(' -- ,, ')).toEqual([]);
  });
});

describe('search and the other uses of words', () => {
  it('finds the words the word count counts and a comparison shows, folded', () => {
    const text = "Examplia's CERT handled 1,000 ICT--related cases; l’Égalité ١٬٠٠٠ 关键 (2024)";
    expect(tokenize(text)).toEqual(textPieces(fold(text)).filter(isWord));
    expect(queryTerms('1,000 cases')).toEqual(['1', '000', 'cases']);
    expect(searchTerms('1,000')).toEqual(['1,000', '1', '000']);
  });
});

describe('search terms of a section saved while it is written', () => {
  const section = [
    'Examplia’s CERT handled 1,000 ICT-related cases in 2024.',
    'الأمنُ السيبراني للبنية التحتية الحيوية، ١٬٠٠٠ حادث.',
    '',
    'ΟΔΟΣ ΟΔΟΣ. 3.',
    '5 关键基础设施 ICT and CERT again',
  ].join('\n');

  it('indexes the same terms, in the same order, as reading the section whole', () => {
    expect(sectionSearchTerms(section)).toEqual(searchTerms(section));
  });

  it('indexes a line changed since the last save with its new words, and no longer its old ones', () => {
    sectionSearchTerms(section);
    const edited = section.replace('handled 1,000', 'reported 2,500');
    const terms = sectionSearchTerms(edited);
    expect(terms).toEqual(searchTerms(edited));
    expect(terms).toContain('reported');
    expect(terms).not.toContain('handled');
  });

  it('keeps to the cap on terms exactly as reading the section whole does', () => {
    const many = Array.from({ length: 700 }, (_, line) =>
      Array.from({ length: 30 }, (_, word) => `w${line}x${word}`).join(' '),
    ).join('\n');
    const terms = sectionSearchTerms(many);
    expect(terms).toEqual(searchTerms(many));
    expect(terms).toHaveLength(20_000);
  });
});
