// Two token lists compared and walked as a reader sees the result: stretches kept, and changes
// (what was removed, then what was added). The one walk behind the word diff and the structural
// diff, at the level of lines or blocks and at the level of words.
import { DEFAULT_MAX_EDITS, diffSequences } from './myers';

/** Numbers tokens so that equal keys get equal numbers: what the integer diff compares. */
function interner<T>(key: (token: T) => string): (token: T) => number {
  const ids = new Map<string, number>();
  return (token) => {
    const k = key(token);
    let n = ids.get(k);
    if (n === undefined) ids.set(k, (n = ids.size));
    return n;
  };
}

export interface EditWalk<T> {
  same(tokens: T[]): void;
  change(removed: T[], added: T[]): void;
}

/**
 * Diffs `before` and `after`, tokens equal when `key` is. `glue` marks a token (a space) that,
 * alone between two changes, reads better as part of the change than as kept text. False when
 * more than the bounded number of edits is needed: the caller decides what to show instead.
 */
export function walkEdits<T>(
  before: readonly T[],
  after: readonly T[],
  key: (token: T) => string,
  walk: EditWalk<T>,
  glue: (token: T) => boolean = () => false,
): boolean {
  const id = interner(key);
  const runs = diffSequences(before.map(id), after.map(id), DEFAULT_MAX_EDITS);
  if (!runs) return false;
  let i = 0;
  let j = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flush = () => {
    if (removed.length > 0 || added.length > 0) walk.change(removed, added);
    removed = [];
    added = [];
  };
  runs.forEach((run, r) => {
    if (run.op === 'delete') removed.push(...before.slice(i, (i += run.length)));
    else if (run.op === 'insert') added.push(...after.slice(j, (j += run.length)));
    else {
      const between = r > 0 && r < runs.length - 1 && run.length === 1 && glue(before[i]!);
      if (between) {
        removed.push(before[i]!);
        added.push(after[j]!);
      } else {
        flush();
        walk.same(before.slice(i, i + run.length));
      }
      i += run.length;
      j += run.length;
    }
  });
  flush();
  return true;
}

/** A stretch where `after` differs from `before`: half-open index ranges in each. */
export interface ChangedRange {
  beforeStart: number;
  beforeEnd: number;
  afterStart: number;
  afterEnd: number;
}

/**
 * The changed stretches of `after` against `before`, in order, separated by kept tokens (what a
 * three-way merge compares). Past the bounded number of edits, everything between the common
 * start and end is one change.
 */
export function changedRanges<T>(before: readonly T[], after: readonly T[], key: (token: T) => string): ChangedRange[] {
  const id = interner(key);
  const a = before.map(id);
  const b = after.map(id);
  const runs = diffSequences(a, b, DEFAULT_MAX_EDITS);
  if (!runs) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let end = 0;
    while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
    return [{ beforeStart: start, beforeEnd: a.length - end, afterStart: start, afterEnd: b.length - end }];
  }
  const ranges: ChangedRange[] = [];
  let i = 0;
  let j = 0;
  let open: ChangedRange | null = null;
  for (const run of runs) {
    if (run.op === 'equal') {
      if (open) ranges.push(open);
      open = null;
      i += run.length;
      j += run.length;
      continue;
    }
    open ??= { beforeStart: i, beforeEnd: i, afterStart: j, afterEnd: j };
    if (run.op === 'delete') open.beforeEnd = i += run.length;
    else open.afterEnd = j += run.length;
  }
  if (open) ranges.push(open);
  return ranges;
}
