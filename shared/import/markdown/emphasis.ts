// CommonMark's "process emphasis" over a flat list of inline items: each closing * or _ run is
// matched with the nearest compatible opener (rule of three included); what stays unmatched is
// literal text. <u>…</u> markers toggle underline over whatever lies between them.
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
interface Group {
  kind: 'group';
  format: RunFormat;
  items: Item[];
}
export type Item = Inline | Delim | UnderlineMark | Group;

/** How far back an opener is looked for: bounds the work on text full of stray * and _. */
const MAX_LOOKBACK = 1_000;

function findOpener(items: Item[], closerIndex: number, closer: Delim): number {
  for (let i = closerIndex - 1; i >= 0 && closerIndex - i <= MAX_LOOKBACK; i--) {
    const item = items[i]!;
    if (item.kind !== 'delim' || item.char !== closer.char || !item.canOpen || item.count === 0) continue;
    const oddMatch = (item.canClose || closer.canOpen) && (item.original + closer.original) % 3 === 0 && !(item.original % 3 === 0 && closer.original % 3 === 0);
    if (!oddMatch) return i;
  }
  return -1;
}

function process(items: Item[]): Item[] {
  let c = 0;
  while (c < items.length) {
    const closer = items[c]!;
    if (closer.kind !== 'delim' || !closer.canClose || closer.count === 0) {
      c++;
      continue;
    }
    const o = findOpener(items, c, closer);
    if (o < 0) {
      c++;
      continue;
    }
    const opener = items[o] as Delim;
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    opener.count -= use;
    closer.count -= use;
    // Delimiters between them can no longer match anything outside: they become text.
    const inner = items.slice(o + 1, c).map((item) => (item.kind === 'delim' ? { ...item, canOpen: false, canClose: false } : item));
    const group: Group = { kind: 'group', format: use === 2 ? { bold: true } : { italic: true }, items: inner };
    items.splice(o + 1, c - o - 1, group);
    c = o + 2;
  }
  return items;
}

function flatten(items: Item[], format: RunFormat, state: { underline: boolean }, out: Inline[]): void {
  for (const item of items) {
    const current = { ...format, underline: format.underline || state.underline };
    if (item.kind === 'delim') appendText(out, item.char.repeat(item.count), current);
    else if (item.kind === 'underline') state.underline = item.open;
    else if (item.kind === 'group') flatten(item.items, { ...format, ...item.format }, state, out);
    else if (item.kind === 'text') appendText(out, item.text, { ...current, bold: current.bold || item.bold, italic: current.italic || item.italic });
    else if (item.kind === 'link') {
      out.push({ ...item, children: item.children.map((run) => ({ ...run, bold: run.bold || current.bold, italic: run.italic || current.italic, underline: run.underline || current.underline })) });
    } else out.push(item);
  }
}

export function resolveEmphasis(items: Item[]): Inline[] {
  const out: Inline[] = [];
  flatten(process(items), {}, { underline: false }, out);
  return out.map((inline) => {
    if (inline.kind !== 'text' && inline.kind !== 'link') return inline;
    if (inline.kind === 'text') return stripFalse(inline);
    return { ...inline, children: inline.children.map(stripFalse) };
  });
}

function stripFalse<T extends { bold?: boolean; italic?: boolean; underline?: boolean }>(run: T): T {
  const copy = { ...run };
  if (!copy.bold) delete copy.bold;
  if (!copy.italic) delete copy.italic;
  if (!copy.underline) delete copy.underline;
  return copy;
}
