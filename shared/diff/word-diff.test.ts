import { describe, expect, it } from 'vitest';
import { textPieces } from '../model/word-tokens';
import { diffWords, type DiffSegment } from './word-diff';

const older = (segments: DiffSegment[]) =>
  segments
    .filter((s) => s.kind !== 'added')
    .map((s) => s.text)
    .join('');
const newer = (segments: DiffSegment[]) =>
  segments
    .filter((s) => s.kind !== 'removed')
    .map((s) => s.text)
    .join('');

describe('diffWords', () => {
  it('shows a replaced word as removed then added, with word counts', () => {
    const diff = diffWords(
      'Examplia adopted a national strategy in 2021.',
      'Examplia adopted a revised national strategy in 2024.',
    );
    expect(diff.segments).toEqual([
      { kind: 'same', text: 'Examplia adopted a ' },
      { kind: 'added', text: 'revised ' },
      { kind: 'same', text: 'national strategy in ' },
      { kind: 'removed', text: '2021' },
      { kind: 'added', text: '2024' },
      { kind: 'same', text: '.' },
    ]);
    expect(diff).toMatchObject({ added: 2, removed: 1 });
  });

  it('reports no change for equal texts', () => {
    expect(diffWords('Same text.', 'Same text.')).toEqual({
      segments: [{ kind: 'same', text: 'Same text.' }],
      added: 0,
      removed: 0,
    });
    expect(diffWords('', '')).toEqual({ segments: [], added: 0, removed: 0 });
  });

  it('treats a run of replaced words as one change, not word-space-word fragments', () => {
    const diff = diffWords('The agency reports yearly.', 'The regulator publishes yearly.');
    expect(diff.segments).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'removed', text: 'agency reports' },
      { kind: 'added', text: 'regulator publishes' },
      { kind: 'same', text: ' yearly.' },
    ]);
  });

  it('keeps paragraphs: an added paragraph is one change and the others are untouched', () => {
    const before = 'First paragraph.\nSecond paragraph.';
    const after = 'First paragraph.\nA new paragraph in between.\nSecond paragraph.';
    const diff = diffWords(before, after);
    expect(diff.added).toBe(5);
    expect(diff.removed).toBe(0);
    expect(older(diff.segments)).toBe(before);
    expect(newer(diff.segments)).toBe(after);
  });

  it('counts Chinese characters one by one and Arabic words as words', () => {
    expect(textPieces('关键基础设施 ICT')).toEqual(['关', '键', '基', '础', '设', '施', ' ', 'ICT']);
    const zh = diffWords('保护关键基础设施', '保护重要基础设施');
    expect(zh).toMatchObject({ added: 2, removed: 2 });
    const ar = diffWords('تعزيز الأمن السيبراني', 'تعزيز الأمن الرقمي');
    expect(ar.segments).toEqual([
      { kind: 'same', text: 'تعزيز الأمن ' },
      { kind: 'removed', text: 'السيبراني' },
      { kind: 'added', text: 'الرقمي' },
    ]);
  });

  it('always reproduces both texts exactly, whatever changed', () => {
    const pairs: [string, string][] = [
      ['a b c', 'c b a'],
      ['', 'Only new text.'],
      ['Only old text.', ''],
      ['One.\nTwo.\nThree.', 'Three.\nTwo.\nOne.'],
      ['l’égard des États', 'l’égard de tous les États'],
      ['Line\n\n\nwith gaps', 'Line\nwith gaps\n'],
    ];
    for (const [before, after] of pairs) {
      const diff = diffWords(before, after);
      expect(older(diff.segments)).toBe(before);
      expect(newer(diff.segments)).toBe(after);
    }
  });

  it('compares a whole rewrite of a long section without hanging, as one replacement', () => {
    const before = Array.from({ length: 4000 }, (_, i) => `old${i}`).join(' ');
    const after = Array.from({ length: 4000 }, (_, i) => `new${i}`).join(' ');
    const diff = diffWords(before, after);
    expect(diff).toMatchObject({ added: 4000, removed: 4000 });
    expect(older(diff.segments)).toBe(before);
    expect(newer(diff.segments)).toBe(after);
  });
});
