// The diff3 regions over unit keys: which changes meet (a conflict to be) and which stay apart.
import { describe, expect, it } from 'vitest';
import { mergeRegions } from './three-way';

const keys = (text: string) => [...text];
const regions = (base: string, ours: string, theirs: string) =>
  mergeRegions(keys(base), keys(ours), keys(theirs)).map((r) => ({
    base: base.slice(r.baseStart, r.baseEnd),
    ours: ours.slice(r.oursStart, r.oursEnd),
    theirs: theirs.slice(r.theirsStart, r.theirsEnd),
    both: r.oursChanged && r.theirsChanged,
  }));

describe('mergeRegions', () => {
  it('keeps changes to different blocks apart, even next to each other', () => {
    expect(regions('abcd', 'aBcd', 'abCd')).toEqual([
      { base: 'b', ours: 'B', theirs: 'b', both: false },
      { base: 'c', ours: 'c', theirs: 'C', both: false },
    ]);
  });

  it('makes one region of two changes to the same block, or an edit of what the other deleted', () => {
    expect(regions('abc', 'aXc', 'aYc')).toEqual([{ base: 'b', ours: 'X', theirs: 'Y', both: true }]);
    expect(regions('abc', 'ac', 'aYc')).toEqual([{ base: 'b', ours: '', theirs: 'Y', both: true }]);
  });

  it('makes one region of two insertions at the same place, but not of an insertion beside an edit', () => {
    expect(regions('ab', 'aXb', 'aYb')).toEqual([{ base: '', ours: 'X', theirs: 'Y', both: true }]);
    expect(regions('abc', 'aXbc', 'aBc')).toEqual([
      { base: '', ours: 'X', theirs: '', both: false },
      { base: 'b', ours: 'b', theirs: 'B', both: false },
    ]);
  });

  it('maps each region to its place on both sides after earlier changes', () => {
    expect(regions('abcdef', 'aXYbcdef', 'abcdf')).toEqual([
      { base: '', ours: 'XY', theirs: '', both: false },
      { base: 'e', ours: 'e', theirs: '', both: false },
    ]);
  });

  it('keeps blocks added beside a paragraph two people edited out of their conflict', () => {
    const base = ['the grid act lists sectors', 'closing words'];
    const ours = ['the grid act lists twelve sectors', 'closing words'];
    const theirs = ['the grid act lists eleven sectors', 'a new paragraph', 'another one', 'closing words'];
    const found = mergeRegions(base, ours, theirs).map((r) => ({
      base: base.slice(r.baseStart, r.baseEnd),
      ours: ours.slice(r.oursStart, r.oursEnd),
      theirs: theirs.slice(r.theirsStart, r.theirsEnd),
      both: r.oursChanged && r.theirsChanged,
    }));
    expect(found).toEqual([
      { base: [base[0]], ours: [ours[0]], theirs: [theirs[0]], both: true },
      { base: [], ours: [], theirs: ['a new paragraph', 'another one'], both: false },
    ]);
  });
});
