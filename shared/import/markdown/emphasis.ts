// CommonMark's "process emphasis" over a flat list of inline items, in linear time: the
// delimiter runs form a linked list (matched runs are unlinked, never spliced out of an array),
// and the lowest place an opener can still be found is remembered per kind of closer
// ("openers bottom"), so no run is looked at again and again. Matches only mark where bold or
// italic begins and ends; one pass then writes the runs. What stays unmatched is literal text.
// <u>…</u> markers toggle underline over whatever lies between them.
import type { Inline } from '../ir';
import { appendText, type RunFormat } from '../inlines';

export interface Delim {
  kind: 'delim';
  char: '*' | '_';
  count: number;
  original: number;
  canOpen: boolean;
  canClose: boolean;
}
export interface UnderlineMark {
  kind: 'underline';
  open: boolean;
}
export type Item = Inline | Delim | UnderlineMark;

type Emphasis = 'bold' | 'italic';

interface Run {
  item: Delim;
  /** Position among the runs, in text order (kept when runs are unlinked). */
  index: number;
  prev: Run | null;
  next: Run | null;
  /** Emphasis this run closes (its first characters) and opens (its last ones), as matched. */
  closes: Emphasis[];
  opens: Emphasis[];
}

function unlink(run: Run): void {
  if (run.prev) run.prev.next = run.next;
  if (run.next) run.next.prev = run.prev;
}

/** Index into the openers-bottom table: the closer's character, whether it can open, its length mod 3. */
const bottomKey = (closer: Delim) => (closer.char === '*' ? 0 : 6) + (closer.canOpen ? 3 : 0) + (closer.original % 3);

function matchRuns(items: readonly Item[]): Map<Delim, Run> {
  const runs = new Map<Delim, Run>();
  let last: Run | null = null;
  for (const item of items) {
    if (item.kind !== 'delim') continue;
    const run: Run = { item, index: runs.size, prev: last, next: null, closes: [], opens: [] };
    if (last) last.next = run;
    last = run;
    runs.set(item, run);
  }
  let first: Run | null = null;
  for (let run = last; run; run = run.prev) first = run;

  // Per kind of closer, the position at or below which no opener is left to find.
  const openersBottom = new Array<number>(12).fill(-1);
  let closer = first;
  while (closer) {
    const c = closer.item;
    if (!c.canClose) {
      closer = closer.next;
      continue;
    }
    const key = bottomKey(c);
    const bottom = openersBottom[key];
    let opener = closer.prev;
    let found = false;
    while (opener && opener.index > bottom) {
      const o = opener.item;
      const oddMatch =
        (o.canClose || c.canOpen) &&
        (o.original + c.original) % 3 === 0 &&
        !(o.original % 3 === 0 && c.original % 3 === 0);
      if (o.char === c.char && o.canOpen && !oddMatch) {
        found = true;
        break;
      }
      opener = opener.prev;
    }
    if (!found || !opener) {
      // Nothing at or below here can open for this kind of closer: never look past it again.
      openersBottom[key] = closer.prev ? closer.prev.index : -1;
      const next: Run | null = closer.next;
      if (!c.canOpen) unlink(closer);
      closer = next;
      continue;
    }
    const o = opener.item;
    const use = o.count >= 2 && c.count >= 2 ? 2 : 1;
    const emphasis: Emphasis = use === 2 ? 'bold' : 'italic';
    o.count -= use;
    c.count -= use;
    opener.opens.push(emphasis);
    closer.closes.push(emphasis);
    // Runs between them can no longer match anything outside: they stay literal text.
    opener.next = closer;
    closer.prev = opener;
    if (o.count === 0) unlink(opener);
    if (c.count === 0) {
      const next: Run | null = closer.next;
      unlink(closer);
      closer = next;
    }
  }
  return runs;
}

export function resolveEmphasis(items: Item[]): Inline[] {
  const runs = matchRuns(items);
  const out: Inline[] = [];
  let bold = 0;
  let italic = 0;
  let underline = false;
  const format = (): RunFormat => ({ bold: bold > 0, italic: italic > 0, underline });
  const change = (emphasis: Emphasis, by: number) => {
    if (emphasis === 'bold') bold += by;
    else italic += by;
  };
  for (const item of items) {
    if (item.kind === 'delim') {
      const run = runs.get(item)!;
      for (const emphasis of run.closes) change(emphasis, -1);
      appendText(out, item.char.repeat(item.count), format());
      for (const emphasis of run.opens) change(emphasis, 1);
    } else if (item.kind === 'underline') underline = item.open;
    else if (item.kind === 'text') {
      const current = format();
      appendText(out, item.text, {
        bold: current.bold || item.bold,
        italic: current.italic || item.italic,
        underline: current.underline || item.underline,
      });
    } else if (item.kind === 'link') {
      const current = format();
      out.push({
        ...item,
        children: item.children.map((run) =>
          stripFalse({
            ...run,
            bold: run.bold || current.bold,
            italic: run.italic || current.italic,
            underline: run.underline || current.underline,
          }),
        ),
      });
    } else out.push(item);
  }
  return out;
}

function stripFalse<T extends { bold?: boolean; italic?: boolean; underline?: boolean }>(run: T): T {
  const copy = { ...run };
  if (!copy.bold) delete copy.bold;
  if (!copy.italic) delete copy.italic;
  if (!copy.underline) delete copy.underline;
  return copy;
}
