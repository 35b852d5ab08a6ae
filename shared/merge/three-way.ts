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
  const id = (key: string) => key;
  const hunks: Hunk[] = [
    ...changedRanges(base, ours, id).map((range, index) => ({ side: 'ours' as const, range, index })),
    ...changedRanges(base, theirs, id).map((range, index) => ({ side: 'theirs' as const, range, index })),
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
