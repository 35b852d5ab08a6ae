// Markdown inline content: emphasis by CommonMark's delimiter rules (including the rule of three),
// links [text](url "title") and [text][ref], autolinks <https://…> and bare http(s) URLs,
// footnote marks [^id], code spans as plain text, backslash escapes, hard breaks, <u> and <br>.
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

/** Link text longer than this is not looked for: it keeps "[[[[…" linear. */
const MAX_LINK_TEXT = 1_000;

function matchBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length && i - open <= MAX_LINK_TEXT; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

function tokenize(text: string, ctx: InlineContext, allowLinks: boolean): Item[] {
  const items: Item[] = [];
  const push = (s: string) => appendText(items as Inline[], s);
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const rest = text.slice(i, i + 2048);
    if (c === '\\' && i + 1 < text.length && (ESCAPABLE.test(text[i + 1]!) || text[i + 1] === '\n')) {
      if (text[i + 1] === '\n') items.push({ kind: 'break' });
      else push(text[i + 1]!);
      i += 2;
    } else if (c === '\n') {
      const trailing = /( {2,})$/.test(text.slice(Math.max(0, i - 2), i));
      const last = items[items.length - 1];
      if (last?.kind === 'text') last.text = last.text.replace(/ +$/, '');
      if (trailing) items.push({ kind: 'break' });
      else push(' ');
      i += 1;
    } else if (c === '`') {
      const run = /^`+/.exec(rest)![0];
      const end = text.indexOf(run, i + run.length);
      if (end < 0) push(run);
      else push(text.slice(i + run.length, end).replace(/\n/g, ' ').trim());
      i = end < 0 ? i + run.length : end + run.length;
    } else if (c === '*' || c === '_') {
      const run = c === '*' ? /^\*+/.exec(rest)![0] : /^_+/.exec(rest)![0];
      const f = flanking(text[i - 1] ?? '', text[i + run.length] ?? '');
      const canOpen = c === '*' ? f.left : f.left && (!f.right || f.prevPunct);
      const canClose = c === '*' ? f.right : f.right && (!f.left || f.nextPunct);
      items.push({ kind: 'delim', char: c, count: run.length, original: run.length, canOpen, canClose });
      i += run.length;
    } else if (c === '[' && text[i + 1] === '^' && /^\[\^[^\]\s]{1,64}\]/.test(rest)) {
      const label = /^\[\^([^\]\s]{1,64})\]/.exec(rest)![1]!;
      const id = ctx.footnoteIds(label);
      if (id) items.push({ kind: 'footnote', id });
      else push(`[^${label}]`);
      i += label.length + 3;
    } else if (c === '[' && allowLinks && matchBracket(text, i) > i) {
      const close = matchBracket(text, i);
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
      const runs = parseInline(label, ctx, false).filter((inline): inline is TextRun => inline.kind === 'text');
      items.push(...linkOrText(url, runs, ctx.log));
      i = close + 1 + (inlineLink ? inlineLink[0].length : refLink ? refLink[0].length : 0);
    } else if (c === '<') {
      const auto = /^<((?:https?|mailto|ftp|file|javascript|data):[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/i.exec(rest);
      const tag = /^<(\/?)(u|br|[a-z][a-z0-9]*)\b[^<>]{0,200}>/i.exec(rest);
      if (auto) {
        const target = auto[1]!.includes(':') ? auto[1]! : `mailto:${auto[1]}`;
        items.push(...linkOrText(target, [{ kind: 'text', text: auto[1]! }], ctx.log));
        i += auto[0].length;
      } else if (tag) {
        if (tag[2]!.toLowerCase() === 'br') items.push({ kind: 'break' });
        else if (tag[2]!.toLowerCase() === 'u') items.push({ kind: 'underline', open: !tag[1] });
        i += tag[0].length;
      } else {
        push('<');
        i += 1;
      }
    } else if ((c === 'h' || c === 'H') && allowLinks && BARE_URL.test(rest) && !/[\w/]/.test(text[i - 1] ?? '')) {
      const url = BARE_URL.exec(rest)![0].replace(/[.,;:!?)\]'"]+$/, '');
      items.push(...linkOrText(url, [{ kind: 'text', text: url }], ctx.log));
      i += url.length;
    } else {
      const next = text.slice(i + 1).search(/[\\\n`*_[<hH]/);
      const end = next < 0 ? text.length : i + 1 + next;
      push(text.slice(i, end));
      i = end;
    }
  }
  return items;
}

export function parseInline(text: string, ctx: InlineContext, allowLinks = true): Inline[] {
  return resolveEmphasis(tokenize(text, ctx, allowLinks));
}
