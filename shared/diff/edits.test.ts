// changedRanges: the stretches a three-way merge compares, from the same bounded Myers diff.
import { describe, expect, it } from 'vitest';
import { changedRanges } from './edits';

const same = (token: string) => token;

describe('changedRanges', () => {
  it('gives each changed stretch with its range on both sides', () => {
    expect(changedRanges([...'abcdef'], [...'aXcdeYf'], same)).toEqual([
      { beforeStart: 1, beforeEnd: 2, afterStart: 1, afterEnd: 2 },
      { beforeStart: 5, beforeEnd: 5, afterStart: 5, afterEnd: 6 },
    ]);
    expect(changedRanges([...'abc'], [...'abc'], same)).toEqual([]);
    expect(changedRanges([], [...'ab'], same)).toEqual([{ beforeStart: 0, beforeEnd: 0, afterStart: 0, afterEnd: 2 }]);
  });

  it('makes everything between the common start and end one change past the bounded number of edits', () => {
    const before = ['start', ...Array.from({ length: 1500 }, (_, i) => `old ${i}`), 'end'];
    const after = ['start', ...Array.from({ length: 1500 }, (_, i) => `new ${i}`), 'end'];
    expect(changedRanges(before, after, same)).toEqual([
      { beforeStart: 1, beforeEnd: 1501, afterStart: 1, afterEnd: 1501 },
    ]);
  });
});
