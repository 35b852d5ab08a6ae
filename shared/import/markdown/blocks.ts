// Markdown block structure, a CommonMark subset: ATX and setext headings, paragraphs, block quotes,
// bullet, numbered and lettered lists (a. / a) / (a)) nested by indentation, fenced code as plain
// paragraphs, thematic breaks. Footnote and link definitions are taken out first (see parse.ts).
import { EDITOR_LIMITS } from '../../model/editor-schema';
import { ImportError } from '../errors';
import { allBold, inlineText, type Block, type ListKind } from '../ir';
import { isNormHeadingLine } from '../map/norm-line';
import { parseInline, type InlineContext } from './inline';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}> ?/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const ITEM = /^( {0,3})([-+*]|\d{1,9}[.)]|[a-z][.)]|\([a-z]\))([ \t]+|$)/;

interface Marker {
  kind: ListKind;
  /** The character that must repeat for the list to continue ("-", ".", ")"). */
  family: string;
  value: number;
  contentIndent: number;
}

function marker(line: string, previous?: Marker): Marker | null {
  const match = ITEM.exec(line);
  if (!match) return null;
  const [, indent, raw, space] = match as unknown as [string, string, string, string];
  const spaces = space.length >= 5 ? 1 : Math.max(space.length, 1);
  const contentIndent = indent.length + raw.length + spaces;
  if (/^[-+*]$/.test(raw)) return { kind: 'bullet', family: raw, value: 1, contentIndent };
  if (/^\d/.test(raw)) return { kind: 'number', family: raw.slice(-1), value: Number.parseInt(raw, 10), contentIndent };
  const letter = raw.replace(/[().]/g, '');
  const family = raw.startsWith('(') ? '()' : raw.slice(-1);
  const value = letter.charCodeAt(0) - 96;
  // "a." starts a lettered list; other letters only continue one (a line may begin "e. g.").
  if (value !== 1 && !(previous?.kind === 'lettered' && previous.family === family)) return null;
  return { kind: 'lettered', family, value, contentIndent };
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
const dedent = (line: string, n: number) => {
  let i = 0;
  let width = 0;
  while (i < line.length && width < n && (line[i] === ' ' || line[i] === '\t')) width += line[i++] === '\t' ? 4 : 1;
  return line.slice(i);
};
const blank = (line: string) => line.trim() === '';
/** Index of the first non-blank line at or after `from` (lines.length when none). */
const nextNonBlank = (lines: string[], from: number) => {
  let j = from;
  while (j < lines.length && blank(lines[j]!)) j++;
  return j;
};
/**
 * Lists and quotes nested deeper than this are flattened: their lines become paragraphs of the
 * deepest block kept (the text stays, the report says so). The draft itself keeps 8 list levels.
 */
const MAX_DEPTH = 16;

/** The line without its quote markers (">", "> >", …), and how many there were. */
function withoutQuoteMarkers(line: string): { text: string; markers: number } {
  let at = 0;
  let markers = 0;
  for (;;) {
    let next = at;
    while (next < line.length && next - at < 3 && line[next] === ' ') next++;
    if (line[next] !== '>') break;
    markers++;
    at = next + 1;
    if (line[at] === ' ') at++;
  }
  return { text: line.slice(at), markers };
}

/** Content past MAX_DEPTH: each paragraph, list item or quoted line is a paragraph of its own. */
function flatBlocks(lines: string[], ctx: InlineContext): Block[] {
  const out: Block[] = [];
  let paragraph: string[] = [];
  let flattened = 0;
  const flush = () => {
    const inlines = parseInline(paragraph.join('\n').trimEnd(), ctx);
    if (inlines.length > 0) out.push({ kind: 'paragraph', inlines });
    paragraph = [];
  };
  for (const raw of lines) {
    const { text, markers } = withoutQuoteMarkers(raw);
    if (blank(text)) {
      flush();
      continue;
    }
    if (markers > 0 || ITEM.test(text.trimStart())) {
      flush();
      flattened++;
    }
    paragraph.push(text.trim());
  }
  flush();
  ctx.log.count('nesting-flattened', flattened);
  return out;
}

const startsBlock = (line: string) => ATX.test(line) || THEMATIC.test(line) || FENCE.test(line) || QUOTE.test(line);

export function parseBlocks(lines: string[], ctx: InlineContext, depth = 0): Block[] {
  if (depth > MAX_DEPTH) return flatBlocks(lines, ctx);
  const out: Block[] = [];
  // The last item of the last lettered list, for a list that an interrupting paragraph split.
  let lettered: Marker | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (blank(line)) {
      i++;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      const inlines = parseInline(atx[2] ?? '', ctx);
      if (inlines.length > 0) out.push({ kind: 'heading', level: atx[1]!.length, inlines });
      i++;
    } else if (THEMATIC.test(line)) i++;
    else if (FENCE.test(line)) {
      const fence = FENCE.exec(line)![1]!;
      let end = i + 1;
      while (end < lines.length && !lines[end]!.trimStart().startsWith(fence)) end++;
      for (const code of lines.slice(i + 1, end))
        if (!blank(code)) out.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: code }] });
      i = end + 1;
    } else if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (
        i < lines.length &&
        (QUOTE.test(lines[i]!) ||
          (!blank(lines[i]!) && inner.length > 0 && !blank(inner[inner.length - 1]!) && !startsBlock(lines[i]!)))
      ) {
        inner.push(lines[i]!.replace(QUOTE, ''));
        i++;
      }
      const blocks = parseBlocks(inner, ctx, depth + 1);
      if (blocks.length > 0) out.push({ kind: 'quote', blocks });
    } else if (marker(line) || resumesLettered(line, lettered)) {
      const resume = marker(line) ? undefined : (lettered ?? undefined);
      const next = parseList(lines, i, ctx, depth, out, resume);
      lettered = next.last.kind === 'lettered' ? next.last : null;
      i = next.at;
    } else i = parseParagraph(lines, i, ctx, out);
  }
  return out;
}

/**
 * "c." after a paragraph that interrupted an "a., b." list goes on with that list's letters (its
 * own list, starting at c); only the next letter does, since "e. g." may begin a line of prose.
 */
function resumesLettered(line: string, lettered: Marker | null): boolean {
  if (!lettered) return false;
  const m = marker(line, lettered);
  return m?.kind === 'lettered' && m.family === lettered.family && m.value === lettered.value + 1;
}

function parseParagraph(lines: string[], start: number, ctx: InlineContext, out: Block[]): number {
  // Leading spaces go; trailing ones stay until the inline parser has seen hard breaks.
  const text: string[] = [lines[start]!.trimStart()];
  let i = start + 1;
  while (i < lines.length && !blank(lines[i]!)) {
    const line = lines[i]!;
    const setext = SETEXT.exec(line);
    if (setext) {
      out.push({
        kind: 'heading',
        level: setext[1]![0] === '=' ? 1 : 2,
        inlines: parseInline(text.join('\n').trimEnd(), ctx),
      });
      return i + 1;
    }
    const next = marker(line);
    if (startsBlock(line) || (next && (next.kind === 'bullet' || next.value === 1))) break;
    text.push(line.trimStart());
    i++;
  }
  const source = text.join('\n').trimEnd();
  // A paragraph longer than a whole section may be is refused before its inline content is read.
  if (source.length > EDITOR_LIMITS.maxTotalChars) throw new ImportError('too-complex');
  const inlines = parseInline(source, ctx);
  // A norm's label written as a plain paragraph is its heading, as a bold paragraph is.
  const headingLike = allBold(inlines) || isNormHeadingLine(inlineText(inlines));
  if (inlines.length > 0) out.push({ kind: 'paragraph', inlines, ...(headingLike ? { headingLike } : {}) });
  return i;
}

function parseList(
  lines: string[],
  start: number,
  ctx: InlineContext,
  depth: number,
  out: Block[],
  resume?: Marker,
): { at: number; last: Marker } {
  const first = marker(lines[start]!, resume)!;
  const items: Block[][] = [];
  let previous = first;
  let i = start;
  while (i < lines.length) {
    const m = marker(lines[i]!, previous);
    if (!m || m.kind !== first.kind || m.family !== first.family || indentOf(lines[i]!) >= first.contentIndent) break;
    const body: string[] = [lines[i]!.slice(m.contentIndent)];
    i++;
    while (i < lines.length) {
      const line = lines[i]!;
      if (blank(line)) {
        const j = nextNonBlank(lines, i);
        if (j === lines.length || indentOf(lines[j]!) < m.contentIndent) break;
        for (; i < j; i++) body.push('');
        continue;
      } else if (indentOf(line) >= m.contentIndent) body.push(dedent(line, m.contentIndent));
      else if (!blank(body[body.length - 1]!) && !marker(line, m) && !startsBlock(line)) body.push(line.trim());
      else break;
      i++;
    }
    items.push(parseBlocks(body, ctx, depth + 1));
    previous = m;
    if (i < lines.length && blank(lines[i]!)) {
      const j = nextNonBlank(lines, i);
      const nm = j === lines.length ? null : marker(lines[j]!, previous);
      if (!nm || nm.kind !== first.kind || nm.family !== first.family) return finish();
      i = j;
    }
  }
  return finish();

  function finish(): { at: number; last: Marker } {
    out.push({ kind: 'list', list: first.kind, start: first.value, items });
    return { at: i, last: previous };
  }
}
