import { describe, expect, it } from 'vitest';
import { diffWords } from '../diff/word-diff';
import { countWords, isWord, textPieces, wordsOf } from './word-tokens';

describe('what a word is', () => {
  it('keeps a number with separators as one word', () => {
    expect(wordsOf('Examplia spent 1,000 or 3.5 million; ١٬٠٠٠ dinars')).toEqual([
      'Examplia',
      'spent',
      '1,000',
      'or',
      '3.5',
      'million',
      '١٬٠٠٠',
      'dinars',
    ]);
    expect(wordsOf('Paragraph 13. Next, 2024,the end')).toEqual(['Paragraph', '13', 'Next', '2024', 'the', 'end']);
  });

  it('joins words at one apostrophe, hyphen or underscore, not at a dash or at the end', () => {
    expect(wordsOf("l’égard ICT-related the operator's States' x--y")).toEqual([
      'l’égard',
      'ICT-related',
      'the',
      "operator's",
      'States',
      'x',
      'y',
    ]);
  });

  it('makes each Chinese or Japanese character a word, and Latin letters among them one word', () => {
    expect(wordsOf('我国支持ICT安全')).toEqual(['我', '国', '支', '持', 'ICT', '安', '全']);
    expect(wordsOf('セキュリティー')).toHaveLength(7);
  });

  it('cuts a text into pieces that give it back exactly', () => {
    const text = 'Examplia (CERT) — 1,000 cases.\n تحمي\u00a0جمهورية 保护 e\u0301';
    expect(textPieces(text).join('')).toBe(text);
    expect(textPieces(text).filter(isWord)).toEqual(wordsOf(text));
  });

  it('shows a changed number as one changed word in a comparison', () => {
    const diff = diffWords('A budget of 1,000 euros.', 'A budget of 1,500 euros.');
    expect(diff.segments).toEqual([
      { kind: 'same', text: 'A budget of ' },
      { kind: 'removed', text: '1,000' },
      { kind: 'added', text: '1,500' },
      { kind: 'same', text: ' euros.' },
    ]);
    expect(diff).toMatchObject({ added: 1, removed: 1 });
  });

  it('counts as many words as a comparison of the text against nothing adds, where spaces separate them', () => {
    for (const text of [
      'Examplia protects 1,000 sites, 3.5% of them ICT-dependent.',
      'تحمي جمهورية إكزامبليا ١٬٠٠٠ موقع',
      '我国保护关键基础设施',
      "l’égard de l'État",
    ]) {
      expect(countWords(text), text).toBe(diffWords('', text).added);
    }
  });
});
