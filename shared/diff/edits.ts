// Two token lists compared and walked as a reader sees the result: stretches kept, and changes
// (what was removed, then what was added). The one walk behind the word diff and the structural
// diff, at the level of lines or blocks and at the level of words.
import { DEFAULT_MAX_EDITS, diffSequences } from './myers';

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
  const ids = new Map<string, number>();
  const id = (token: T) => {
    const k = key(token);
    let n = ids.get(k);
    if (n === undefined) ids.set(k, (n = ids.size));
    return n;
  };
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
