// Markdown inline content: emphasis by CommonMark's delimiter rules (including the rule of three),
// links [text](url "title") and [text][ref], autolinks <https://…> and bare http(s) URLs,
// footnote marks [^id], code spans as plain text, backslash escapes, hard breaks, <u> and <br>.
import { EDITOR_LIMITS } from '../../model/editor-schema';
import { ImportError } from '../errors';
import type { Inline, TextRun } from '../ir';
import { appendText, linkOrText } from '../inlines';
import type { WarningLog } from '../warnings';
import { resolveEmphasis, type Item } from './emphasis';

export interface InlineContext {
  log: WarningLog;
  /** Link reference definitions, keys lower-cased. */
  references: Map<string, string>;
  /** Footnote labels that have a definition (the text keeps others as written). */
  footnoteIds: (label: string) => string | undefined;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const BARE_URL = /^https?:\/\/[^\s<>"]+/;

function flanking(prev: string, next: string) {
  const space = (c: string) => c === '' || /\s/u.test(c);
  const punct = (c: string) => c !== '' && PUNCTUATION.test(c);
  const left = !space(next) && (!punct(next) || space(prev) || punct(prev));
  const right = !space(prev) && (!punct(prev) || space(next) || punct(next));
  return { left, right, prevPunct: punct(prev), nextPunct: punct(next) };
}

/** Inline pieces (runs, links, marks) of one paragraph: a few times what a stored paragraph may hold. */
const MAX_ITEMS = 4 * EDITOR_LIMITS.maxChildren;

/** Link text longer than this is not a link: it keeps a label's second reading short. */
const MAX_LINK_TEXT = 1_000;

/**
 * The "]" that closes each "[", for the whole text in one pass (a stack of open brackets), so
 * that text full of brackets stays linear. Backslash-escaped brackets do not count.
 */
function bracketPairs(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let i = text.indexOf('['); i >= 0 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x5b /* [ */) open.push(i);
    else if (c === 0x5d /* ] */) {
      const start = open.pop();
      if (start !== undefined && i - start <= MAX_LINK_TEXT) pairs.set(start, i);
    }
  }
  return pairs;
}

/** Where each backtick run of each length starts, to find a code span's closing run in linear time. */
class BacktickRuns {
  private readonly starts = new Map<number, number[]>();
  private readonly next = new Map<number, number>();

  constructor(text: string) {
    for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i)) {
      let end = i;
      while (text.charCodeAt(end) === 0x60) end++;
      const list = this.starts.get(end - i);
      if (list) list.push(i);
      else this.starts.set(end - i, [i]);
      i = end;
    }
  }

  /** Start of the first run of exactly `length` backticks at or after `from`, or -1. */
  find(length: number, from: number): number {
    const list = this.starts.get(length);
    if (!list) return -1;
    let at = this.next.get(length) ?? 0;
    while (at < list.length && list[at]! < from) at++;
    this.next.set(length, at);
    return at < list.length ? list[at]! : -1;
  }
}

/**
 * Text not yet written as a run: the recent pieces as a list of short flat strings (trimming the
 * spaces before a line break looks at the last ones only, however long the paragraph), and what
 * came before them joined by concatenation, which never copies what it holds.
 */
class PendingText {
  private done = '';
  private pieces: string[] = [];

  push(text: string): void {
    if (text === '') return;
    this.pieces.push(text);
    // Many one-character pieces (text full of "h" or "<") are joined as they come.
    if (this.pieces.length >= 256) {
      this.done += this.pieces.slice(0, -1).join('');
      this.pieces = [this.pieces[this.pieces.length - 1]!];
    }
  }

  /** Removes trailing spaces; returns how many there were. */
  trimEndSpaces(): number {
    let removed = 0;
    for (;;) {
      if (this.pieces.length === 0) {
        if (!this.done.endsWith(' ')) return removed;
        // Rare: spaces reach back into the joined text (read once, then short again).
        this.pieces = [this.done];
        this.done = '';
      }
      const last = this.pieces[this.pieces.length - 1]!;
      let end = last.length;
      while (end > 0 && last.charCodeAt(end - 1) === 0x20) end--;
      removed += last.length - end;
      if (end > 0) {
        this.pieces[this.pieces.length - 1] = last.slice(0, end);
        return removed;
      }
      this.pieces.pop();
    }
  }

  endsWith(char: string): boolean {
    return (this.pieces[this.pieces.length - 1] ?? this.done).endsWith(char);
  }

  dropLast(): void {
    if (this.pieces.length === 0) {
      this.pieces = [this.done];
      this.done = '';
    }
    const last = this.pieces.pop()!;
    if (last.length > 1) this.pieces.push(last.slice(0, -1));
  }

  flushInto(items: Item[]): void {
    const text = this.done + this.pieces.join('');
    this.done = '';
    this.pieces = [];
    appendText(items as Inline[], text);
  }
}

function tokenize(text: string, ctx: InlineContext, allowLinks: boolean): Item[] {
  const items: Item[] = [];
  const pending = new PendingText();
  const push = (s: string) => pending.push(s);
  const add = (...found: Item[]) => {
    pending.flushInto(items);
    for (const item of found) items.push(item);
  };
  const brackets = allowLinks ? bracketPairs(text) : new Map<number, number>();
  const backticks = new BacktickRuns(text);
  let i = 0;
  while (i < text.length) {
    // More inline pieces than a draft's paragraph can hold: refused before building any more.
    if (items.length > MAX_ITEMS) throw new ImportError('too-complex');
    const c = text[i]!;
    const rest = text.slice(i, i + 2048);
    if (c === '\\' && i + 1 < text.length && (ESCAPABLE.test(text[i + 1]!) || text[i + 1] === '\n')) {
      if (text[i + 1] === '\n') add({ kind: 'break' });
      else push(text[i + 1]!);
      i += 2;
    } else if (c === '\n') {
      // Two or more spaces before a line break make a hard break; otherwise it is a space.
      if (pending.trimEndSpaces() >= 2) add({ kind: 'break' });
      else push(' ');
      i += 1;
    } else if (c === '`') {
      let length = 1;
      while (text[i + length] === '`') length++;
      const end = backticks.find(length, i + length);
      if (end < 0) push(text.slice(i, i + length));
      else
        push(
          text
            .slice(i + length, end)
            .replace(/\n/g, ' ')
            .trim(),
        );
      i = end < 0 ? i + length : end + length;
    } else if (c === '*' || c === '_') {
      let length = 1;
      while (text[i + length] === c) length++;
      const f = flanking(text[i - 1] ?? '', text[i + length] ?? '');
      const canOpen = c === '*' ? f.left : f.left && (!f.right || f.prevPunct);
      const canClose = c === '*' ? f.right : f.right && (!f.left || f.nextPunct);
      add({ kind: 'delim', char: c, count: length, original: length, canOpen, canClose });
      i += length;
    } else if (c === '[' && text[i + 1] === '^' && /^\[\^[^\]\s]{1,64}\]/.test(rest)) {
      const label = /^\[\^([^\]\s]{1,64})\]/.exec(rest)![1]!;
      const id = ctx.footnoteIds(label);
      if (id) add({ kind: 'footnote', id });
      else push(`[^${label}]`);
      i += label.length + 3;
    } else if (c === '[' && brackets.has(i)) {
      const close = brackets.get(i)!;
      const label = text.slice(i + 1, close);
      const after = text.slice(close + 1, close + 2050);
      // A destination may hold one level of balanced parentheses, as CommonMark allows.
      const inlineLink = /^\(\s*<?((?:[^\s<>()]|\([^\s<>()]*\))*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/.exec(after);
      const refLink = /^\[([^\]]{0,200})\]/.exec(after);
      const url = inlineLink ? inlineLink[1]! : ctx.references.get((refLink?.[1] || label).trim().toLowerCase());
      if (url === undefined || (!inlineLink && !refLink && !ctx.references.has(label.trim().toLowerCase()))) {
        push('[');
        i += 1;
        continue;
      }
      const end = close + 1 + (inlineLink ? inlineLink[0].length : refLink ? refLink[0].length : 0);
      if (pending.endsWith('!')) {
        // An image: the draft holds text only, so it is left out and counted.
        pending.dropLast();
        ctx.log.count('image-dropped');
      } else {
        const runs = parseInline(label, ctx, false).filter((inline): inline is TextRun => inline.kind === 'text');
        add(...linkOrText(url, runs, ctx.log));
      }
      i = end;
    } else if (c === '<') {
      const auto = /^<((?:https?|mailto|ftp|file|javascript|data):[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/i.exec(
        rest,
      );
      const tag = /^<(\/?)(u|br|[a-z][a-z0-9]*)\b[^<>]{0,200}>/i.exec(rest);
      if (auto) {
        const target = auto[1]!.includes(':') ? auto[1]! : `mailto:${auto[1]}`;
        add(...linkOrText(target, [{ kind: 'text', text: auto[1]! }], ctx.log));
        i += auto[0].length;
      } else if (tag) {
        const name = tag[2]!.toLowerCase();
        if (name === 'br') add({ kind: 'break' });
        else if (name === 'u') add({ kind: 'underline', open: !tag[1] });
        else if (name === 'img') ctx.log.count('image-dropped');
        else ctx.log.count('html-removed');
        i += tag[0].length;
      } else {
        push('<');
        i += 1;
      }
    } else if ((c === 'h' || c === 'H') && allowLinks && BARE_URL.test(rest) && !/[\w/]/.test(text[i - 1] ?? '')) {
      const url = BARE_URL.exec(rest)![0].replace(/[.,;:!?)\]'"]+$/, '');
      add(...linkOrText(url, [{ kind: 'text', text: url }], ctx.log));
      i += url.length;
    } else {
      const next = text.slice(i + 1).search(/[\\\n`*_[<hH]/);
      const end = next < 0 ? text.length : i + 1 + next;
      push(text.slice(i, end));
      i = end;
    }
  }
  pending.flushInto(items);
  return items;
}

export function parseInline(text: string, ctx: InlineContext, allowLinks = true): Inline[] {
  return resolveEmphasis(tokenize(text, ctx, allowLinks));
}
