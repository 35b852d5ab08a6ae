import { describe, expect, it } from 'vitest';
import { saveFileRequestSchema } from '../../../shared/bridge/schemas';
import { draftFileName, forReviewFileName } from './file-name';

const name = (title: string, submitter: string, extension: 'docx' | 'normdraft' = 'docx') =>
  draftFileName({ title, submitter }, extension, 'Draft');

describe('draftFileName', () => {
  it('names the file after the title and the submitter', () => {
    expect(name('National non-paper', 'Republic of Examplia')).toBe('National non-paper - Republic of Examplia.docx');
    expect(name('National non-paper', 'Republic of Examplia', 'normdraft')).toBe(
      'National non-paper - Republic of Examplia.normdraft',
    );
  });

  it('does not repeat a submitter the title already names', () => {
    expect(name('Republic of Examplia and the 11 norms', 'Republic of Examplia')).toBe(
      'Republic of Examplia and the 11 norms.docx',
    );
  });

  it('replaces characters file systems refuse, and drops line breaks and trailing dots', () => {
    expect(name('Norms: a/b\\c <draft> "v2"?*|', 'Forum\nof Examplia...')).toBe(
      'Norms a b c draft v2 - Forum of Examplia.docx',
    );
    expect(name('..hidden', '')).toBe('hidden.docx');
  });

  it('keeps Arabic and Chinese titles as they are', () => {
    expect(name('ورقة غير رسمية', 'جمهورية إكسامبليا')).toBe('ورقة غير رسمية - جمهورية إكسامبليا.docx');
    expect(name('关于十一项规范的文件', '')).toBe('关于十一项规范的文件.docx');
  });

  it('falls back to a neutral name when nothing printable is left or the name is reserved', () => {
    expect(name('???', '   ')).toBe('Draft.docx');
    expect(name('CON', '')).toBe('Draft.docx');
    expect(draftFileName({ title: '', submitter: '' }, 'docx', '<>')).toBe('draft.docx');
  });

  it('shortens a long title between words so that the submitter still fits', () => {
    const title =
      'Non-paper on national efforts to implement the norms of responsible State behaviour in the use of ICTs recommended in the reports of the UN Groups of Governmental Experts';
    const result = name(title, 'Republic of Examplia');
    expect(result).toMatch(/^Non-paper on national efforts .*\w… - Republic of Examplia\.docx$/);
    expect(Array.from(result).length).toBeLessThanOrEqual(125);
  });

  it('keeps long names short without splitting a character in two', () => {
    const result = name('𝒜'.repeat(300), 'x');
    expect(Array.from(result.replace(/\.docx$/, '')).length).toBeLessThanOrEqual(120);
    expect(result).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('always gives a name the desktop bridge accepts', () => {
    for (const [title, submitter] of [
      ['a\u0000b', 'c/d'],
      ['x'.repeat(1000), 'y'.repeat(1000)],
      ['', ''],
    ]) {
      const suggestedName = name(title!, submitter!);
      expect(saveFileRequestSchema.safeParse({ suggestedName, filters: [], data: new Uint8Array(1) }).success).toBe(
        true,
      );
    }
  });

  it('marks the file for review before its extension, in the words given', () => {
    const plain = name('Non-paper', 'Republic of Examplia');
    expect(forReviewFileName(plain, '(for review)')).toBe('Non-paper - Republic of Examplia (for review).docx');
    expect(forReviewFileName(plain, '（供审阅）')).toBe('Non-paper - Republic of Examplia （供审阅）.docx');
    // A translation holding a character no file system takes still gives a name the bridge accepts.
    const suggestedName = forReviewFileName(plain, 'for: review?');
    expect(suggestedName).toBe('Non-paper - Republic of Examplia for review.docx');
  });
});
