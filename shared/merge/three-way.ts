// diff3 over keys: the base compared with each side by the one diff engine (shared/diff), and the
// changed stretches of both sides grouped into regions. A region changed by one side only is that
// side's; one changed by both is theirs to compare (same result, or a conflict).
import { changedRanges, type ChangedRange } from '../diff/edits';

export interface MergeRegion {
  /** The base's half-open range the region covers (empty for an insertion). */
  baseStart: number;
  baseEnd: number;
  oursStart: number;
  oursEnd: number;
  theirsStart: number;
  theirsEnd: number;
  oursChanged: boolean;
  theirsChanged: boolean;
  /** Index (in the base/theirs comparison) of the region's first change by theirs: stable whatever ours holds. */
  theirsIndex: number;
}

interface Hunk {
  side: 'ours' | 'theirs';
  range: ChangedRange;
  index: number;
}

/** Share of the pieces (words, marks) two keys have in common: 0 unrelated, 1 the same. */
function likeness(a: string, b: string): number {
  // Unit keys join their tokens with U+0000 (units.ts).
  const pieces = (key: string) =>
    new Set(
      key
        .split('\u0000')
        .flatMap((token) => token.split(' '))
        .filter(Boolean),
    );
  const left = pieces(a);
  const right = pieces(b);
  let shared = 0;
  for (const piece of left) if (right.has(piece)) shared++;
  const all = left.size + right.size - shared;
  return all === 0 ? 0 : shared / all;
}

/**
 * A change that rewrites some blocks and also adds (or removes) blocks next to them reads, to a
 * person, as an edit of those blocks plus new ones: split it so, pairing the rewritten blocks with
 * the ones most like them (kept in order), so that blocks added beside a paragraph two people
 * edited are not held in their conflict.
 */
function splitRange(range: ChangedRange, before: readonly string[], after: readonly string[]): ChangedRange[] {
  const m = range.beforeEnd - range.beforeStart;
  const n = range.afterEnd - range.afterStart;
  if (m === 0 || n === 0 || m === n) return [range];
  // The shorter side's blocks are paired, in order, with a run of the longer side's starting at `offset`.
  const short = Math.min(m, n);
  const beforeAt = (offset: number) => range.beforeStart + (m > n ? offset : 0);
  const afterAt = (offset: number) => range.afterStart + (m < n ? offset : 0);
  let best = -1;
  let bestScore = 0;
  for (let offset = 0; offset <= Math.abs(n - m); offset++) {
    let score = 0;
    for (let i = 0; i < short; i++) score += likeness(before[beforeAt(offset) + i]!, after[afterAt(offset) + i]!);
    if (score > bestScore) [best, bestScore] = [offset, score];
  }
  if (best < 0) return [range];
  const b = beforeAt(best);
  const a = afterAt(best);
  return [
    { beforeStart: range.beforeStart, beforeEnd: b, afterStart: range.afterStart, afterEnd: a },
    { beforeStart: b, beforeEnd: b + short, afterStart: a, afterEnd: a + short },
    { beforeStart: b + short, beforeEnd: range.beforeEnd, afterStart: a + short, afterEnd: range.afterEnd },
  ].filter((piece) => piece.beforeEnd > piece.beforeStart || piece.afterEnd > piece.afterStart);
}

function changes(base: readonly string[], side: readonly string[]): ChangedRange[] {
  return changedRanges(base, side, (key: string) => key).flatMap((range) => splitRange(range, base, side));
}

const delta = (range: ChangedRange) => range.afterEnd - range.afterStart - (range.beforeEnd - range.beforeStart);

/**
 * The regions where ours or theirs differ from the base, in order. Two changes meet in one region
 * when their base ranges overlap, or when both insert at the same place; an insertion just before
 * or after the other side's change stays apart from it.
 */
export function mergeRegions(
  base: readonly string[],
  ours: readonly string[],
  theirs: readonly string[],
): MergeRegion[] {
  const hunks: Hunk[] = [
    ...changes(base, ours).map((range, index) => ({ side: 'ours' as const, range, index })),
    ...changes(base, theirs).map((range, index) => ({ side: 'theirs' as const, range, index })),
  ].sort(
    (a, b) =>
      a.range.beforeStart - b.range.beforeStart ||
      a.range.beforeEnd - a.range.beforeStart - (b.range.beforeEnd - b.range.beforeStart),
  );
  const groups: { start: number; end: number; hunks: Hunk[] }[] = [];
  for (const hunk of hunks) {
    const { beforeStart: start, beforeEnd: end } = hunk.range;
    const last = groups[groups.length - 1];
    const overlaps = last && start < last.end && last.start < end;
    const sameInsertion = last && start === end && last.start === last.end && start === last.start;
    if (last && (overlaps || sameInsertion)) {
      last.end = Math.max(last.end, end);
      last.hunks.push(hunk);
    } else groups.push({ start, end, hunks: [hunk] });
  }
  let oursOffset = 0;
  let theirsOffset = 0;
  return groups.map((group) => {
    const mine = group.hunks.filter((hunk) => hunk.side === 'ours');
    const yours = group.hunks.filter((hunk) => hunk.side === 'theirs');
    const oursGrowth = mine.reduce((sum, hunk) => sum + delta(hunk.range), 0);
    const theirsGrowth = yours.reduce((sum, hunk) => sum + delta(hunk.range), 0);
    const region: MergeRegion = {
      baseStart: group.start,
      baseEnd: group.end,
      oursStart: group.start + oursOffset,
      oursEnd: group.end + oursOffset + oursGrowth,
      theirsStart: group.start + theirsOffset,
      theirsEnd: group.end + theirsOffset + theirsGrowth,
      oursChanged: mine.length > 0,
      theirsChanged: yours.length > 0,
      theirsIndex: yours[0]?.index ?? -1,
    };
    oursOffset += oursGrowth;
    theirsOffset += theirsGrowth;
    return region;
  });
}
