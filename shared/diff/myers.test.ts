import { describe, expect, it } from 'vitest';
import { diffSequences, type EditRun } from './myers';

/** Applies an edit script to a, which must give b. */
function apply(a: number[], b: number[], runs: EditRun[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  for (const run of runs) {
    if (run.op === 'equal') {
      expect(a.slice(i, i + run.length)).toEqual(b.slice(j, j + run.length));
      out.push(...a.slice(i, i + run.length));
      i += run.length;
      j += run.length;
    } else if (run.op === 'delete') i += run.length;
    else {
      out.push(...b.slice(j, j + run.length));
      j += run.length;
    }
  }
  expect(i).toBe(a.length);
  return out;
}

const edits = (runs: EditRun[]) => runs.filter((r) => r.op !== 'equal').reduce((n, r) => n + r.length, 0);

/** Length of the longest common subsequence, by the textbook dynamic programme. */
function lcs(a: number[], b: number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

describe('diffSequences', () => {
  it('finds nothing to change in equal sequences, and everything in disjoint ones', () => {
    expect(diffSequences([1, 2, 3], [1, 2, 3])).toEqual([{ op: 'equal', length: 3 }]);
    expect(diffSequences([], [])).toEqual([]);
    expect(diffSequences([1, 2], [3])).toEqual([
      { op: 'delete', length: 2 },
      { op: 'insert', length: 1 },
    ]);
  });

  it('keeps the common start and end and changes only the middle', () => {
    expect(diffSequences([1, 2, 3, 4, 5], [1, 2, 9, 4, 5])).toEqual([
      { op: 'equal', length: 2 },
      { op: 'delete', length: 1 },
      { op: 'insert', length: 1 },
      { op: 'equal', length: 2 },
    ]);
  });

  it('gives a shortest edit script that turns the first sequence into the second', () => {
    // A fixed pseudo-random generator: the same cases every run.
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let trial = 0; trial < 200; trial++) {
      const a = Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 5));
      const b = Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 5));
      const runs = diffSequences(a, b)!;
      expect(apply(a, b, runs)).toEqual(b);
      expect(edits(runs)).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });

  it('gives up (null) beyond the edit budget instead of working without bound', () => {
    const a = Array.from({ length: 500 }, (_, i) => i);
    const b = Array.from({ length: 500 }, (_, i) => i + 1000);
    expect(diffSequences(a, b, 100)).toBeNull();
    expect(diffSequences(a, b, 1000)).not.toBeNull();
  });

  it('handles a long text with a few edits', () => {
    const a = Array.from({ length: 200_000 }, (_, i) => i % 997);
    const b = [...a];
    b.splice(50_000, 3, 5000, 5001);
    b.splice(150_000, 0, 6000);
    const runs = diffSequences(a, b)!;
    expect(edits(runs)).toBe(6);
    expect(apply(a, b, runs)).toEqual(b);
  });
});
