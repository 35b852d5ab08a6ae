// Myers' O((N+M)·D) difference algorithm on sequences of integers (callers intern their tokens
// or lines). Common prefix and suffix are trimmed first, so the usual case (a few edits in a long
// text) costs little more than one pass. The work is bounded: past `maxEdits` edits the caller
// gets null and decides what to show instead, so a comparison can never hang the app.

export type EditOp = 'equal' | 'delete' | 'insert';

/** One run of the edit script: `length` items from a (equal, delete) or b (insert). */
export interface EditRun {
  op: EditOp;
  length: number;
}

export const DEFAULT_MAX_EDITS = 2_000;

function push(runs: EditRun[], op: EditOp, length: number): void {
  if (length <= 0) return;
  const last = runs[runs.length - 1];
  if (last && last.op === op) last.length += length;
  else runs.push({ op, length });
}

/**
 * The shortest edit script turning `a` into `b`, as runs in order (within one change, deletions
 * come before insertions). Null when more than `maxEdits` insertions plus deletions are needed.
 */
export function diffSequences(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxEdits = DEFAULT_MAX_EDITS,
): EditRun[] | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = diffMiddle(a, b, start, endA, start, endB, maxEdits);
  if (!middle) return null;
  const runs: EditRun[] = [];
  push(runs, 'equal', start);
  for (const run of middle) push(runs, run.op, run.length);
  push(runs, 'equal', a.length - endA);
  return runs;
}

function diffMiddle(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  offA: number,
  endA: number,
  offB: number,
  endB: number,
  maxEdits: number,
): EditRun[] | null {
  const n = endA - offA;
  const m = endB - offB;
  if (n === 0 || m === 0) {
    const runs: EditRun[] = [];
    push(runs, 'delete', n);
    push(runs, 'insert', m);
    return n + m > maxEdits ? null : runs;
  }
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[k] for k in [-(d+1), d+1] as it was before step d (the state backtracking needs).
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[offA + x] === b[offB + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): EditRun[] {
  // Walks back from (n, m), collecting single steps in reverse, then groups them into runs.
  const steps: EditOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const at = (k: number) => v[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push('equal');
      x--;
      y--;
    }
    if (d > 0) steps.push(x === prevX ? 'insert' : 'delete');
    x = prevX;
    y = prevY;
  }
  steps.reverse();
  // Within each stretch of changes put deletions first, so a replaced word reads "old, new".
  const runs: EditRun[] = [];
  let deletes = 0;
  let inserts = 0;
  const flush = () => {
    push(runs, 'delete', deletes);
    push(runs, 'insert', inserts);
    deletes = 0;
    inserts = 0;
  };
  for (const step of steps) {
    if (step === 'equal') {
      flush();
      push(runs, 'equal', 1);
    } else if (step === 'delete') deletes++;
    else inserts++;
  }
  flush();
  return runs;
}
