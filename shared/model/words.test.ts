import { describe, expect, it } from 'vitest';
import { countWords, draftWordCount, sectionWordCount } from './words';
import { bold, doc, note, para } from '../../test/fixtures/content';
import { exampliaNonPaper } from '../../test/fixtures/examplia';
import { fieldNode, paragraphNode, rootState, textNode } from './empty';
import { fieldTexts } from './field-texts';
import { sectionPlainText } from './text';

describe('countWords', () => {
  it('counts English words as a word processor does', () => {
    expect(countWords('Examplia protects its critical infrastructure.')).toBe(5);
    expect(countWords('ICT-dependent services under paragraph 13(g) — see below')).toBe(7);
    expect(countWords("  The operator's duties\n\tapply  ")).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords(' … — ; ')).toBe(0);
  });

  it('counts Arabic words separated by spaces, with diacritics', () => {
    expect(countWords('تحمي جمهورية إكزامبليا بنيتها التحتية الحيوية.')).toBe(6);
    expect(countWords('تُعَدُّ الشَّبَكَاتُ آمِنَةً')).toBe(3);
  });

  it('counts Russian words', () => {
    expect(countWords('Республика Экзамплия защищает свою критически важную инфраструктуру.')).toBe(7);
  });

  it('counts each Chinese character as one word, Latin runs among them as one', () => {
    expect(countWords('我国保护关键基础设施。')).toBe(10);
    expect(countWords('我国支持ICT安全')).toBe(7);
  });

  it('counts section text and footnote text, across formatting runs', () => {
    const content = doc(
      para(bold('Regulatory '), 'frame', textNode('work: the law applies.')),
      para('Second', note('Act of 2022, section 4')),
    );
    expect(sectionWordCount(content)).toBe(5 + 1 + 5);
  });

  it('counts the words a field shows: its current value, not its name', () => {
    const content = rootState([paragraphNode([textNode('Submitted by '), fieldNode('submitter')])]);
    const texts = { submitter: 'Republic of Examplia' };
    expect(sectionPlainText(content, texts)).toBe('Submitted by Republic of Examplia');
    expect(sectionWordCount(content, texts)).toBe(5);
    expect(sectionWordCount(content, { submitter: 'Examplia' })).toBe(3);
  });

  it('sums the sections of a draft', () => {
    const draft = exampliaNonPaper();
    const fields = fieldTexts(draft);
    const sum = draft.sections.reduce((total, section) => total + sectionWordCount(section.content, fields), 0);
    expect(draftWordCount(draft)).toBe(sum);
    expect(sum).toBeGreaterThan(100);
  });
});

describe('countWords on any text', () => {
  // The rule itself, token by token, as the word count is defined.
  function byToken(text: string): number {
    let count = 0;
    for (const token of text.split(/\s+/u)) {
      if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u.test(token)) {
        let inRun = false;
        for (const char of token) {
          if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u.test(char))
            [count, inRun] = [count + 1, false];
          else if (!inRun && /[\p{L}\p{N}]/u.test(char)) [count, inRun] = [count + 1, true];
        }
      } else if (/[\p{L}\p{N}]/u.test(token)) count += 1;
    }
    return count;
  }

  it('counts exactly as the token rule does, in every script and with any spacing', () => {
    const pieces = [
      'a',
      'Examplia',
      '13(g)',
      'ICT-dependent',
      '—',
      '-',
      '.',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      'é',
      'e\u0301',
      '\u0301',
      'جمهورية',
      '٣',
      'Республика',
      '𝐀',
      '😀',
      '7',
      '中',
      'カ',
      'ー',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from(
        { length: Math.floor(next() * 12) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      expect(countWords(text), JSON.stringify(text)).toBe(byToken(text));
    }
  });
});
