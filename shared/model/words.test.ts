import { describe, expect, it } from 'vitest';
import { countWords, draftWordCount, sectionWordCount } from './words';
import { bold, doc, note, para } from '../../test/fixtures/content';
import { exampliaNonPaper } from '../../test/fixtures/examplia';
import { textNode } from './empty';

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
    const content = doc(para(bold('Regulatory '), 'frame', textNode('work: the law applies.')), para('Second', note('Act of 2022, section 4')));
    expect(sectionWordCount(content)).toBe(5 + 1 + 5);
  });

  it('sums the sections of a draft', () => {
    const draft = exampliaNonPaper();
    const sum = draft.sections.reduce((total, section) => total + sectionWordCount(section.content), 0);
    expect(draftWordCount(draft)).toBe(sum);
    expect(sum).toBeGreaterThan(100);
  });
});
