// Plain text into the intermediate form: paragraphs are separated by blank lines (or, in a file
// without any, each line is one); a line that names a norm ("Norm 7 (", "13(g)", "Norm (g)",
// "Paragraph 13 (g)") is a heading of its own; lines starting "-", "•", "1.", "a)" or "(a)" are
// list items; footnotes at the end ("[3] …", "³ …") are matched to marks in the text.
import { emptyIrDocument, type Block, type Inline, type IrDocument, type ListKind, type ParagraphBlock } from '../ir';
import { normFromPattern } from '../map/norms';
import type { WarningLog } from '../warnings';
import { plainInlines, splitFootnotes, type NoteMarks } from './footnotes';
import { splitPages } from './pages';
import { looksWrapped, splitWrapped } from './reflow';

const ITEM = /^\s*(?:([-•*–])|(\d{1,3})[.)]|([a-z])[.)]|\(([a-z])\))\s+(.*)$/;
const SHORT_LINE = 100;
const MAX_NORM_LINE = 900;

function itemOf(line: string): { kind: ListKind; value: number; text: string } | null {
  const match = ITEM.exec(line);
  if (!match) return null;
  if (match[1]) return { kind: 'bullet', value: 1, text: match[5]! };
  if (match[2]) return { kind: 'number', value: Number(match[2]), text: match[5]! };
  return { kind: 'lettered', value: (match[3] ?? match[4])!.charCodeAt(0) - 96, text: match[5]! };
}

/** A line set in Markdown's bold ("**Norm 1 (…)**"), as text copied from an editor often has it. */
const BOLD_LINE = /^\s*(\*\*|__)(\S(?:.*\S)?)\1\s*$/u;
/** The line without Markdown's bold at its ends (a bold heading may be wrapped over several lines). */
const unbolded = (line: string) =>
  /^\s*(?:\*\*|__)/u.test(line)
    ? line.replace(/^\s*(?:\*\*|__)(?=\S)/u, '').replace(/(?<=\S)(?:\*\*|__)\s*$/u, '')
    : line;

/**
 * Lines already looked at during one (synchronous) textToIr call: each line is asked about when
 * paragraphs are found and again when they are read.
 */
const normLines = new Map<string, boolean>();

function isNormLine(line: string): boolean {
  if (line.length > MAX_NORM_LINE) return false;
  let norm = normLines.get(line);
  if (norm === undefined) normLines.set(line, (norm = normFromPattern(unbolded(line)) !== null));
  return norm;
}

function groupsOf(lines: string[]): string[][] {
  const groups: string[][] = [];
  // Without blank lines, each line is a paragraph, unless the lines were wrapped (copied out of a PDF).
  const separated = lines.some((line) => line.trim() === '') || looksWrapped(lines);
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else if (!separated) groups.push([line]);
    else current.push(line);
  }
  if (current.length > 0) groups.push(current);
  return groups.flatMap((group) => splitWrapped(group, isNormLine));
}

/**
 * Whether the text was wrapped at a fixed width: then a long line standing alone (a heading that
 * quotes a norm's text) stands out as a possible heading.
 */
function isWrapped(groups: string[][]): boolean {
  const wrapped = groups.filter(
    (group) => group.length > 2 && group.slice(0, -1).every((line) => line.length >= 50 && line.length <= 100),
  );
  return wrapped.length >= 3;
}

function paragraph(lines: string[], log: WarningLog, notes: NoteMarks, wrapped = false): ParagraphBlock {
  // Short lines that each start afresh (a title block, an address) keep their line breaks; lines
  // that continue a sentence (the next one starts in lower case) were wrapped, and are joined.
  const keepBreaks =
    lines.length > 1 && lines.every((line, i) => line.trim().length < 60 && (i === 0 || !/^\s*\p{Ll}/u.test(line)));
  const inlines: Inline[] = [];
  const joined = lines.join(' ');
  const bold = joined.length <= MAX_NORM_LINE && BOLD_LINE.test(joined);
  lines.forEach((line, i) => {
    // A word hyphenated at the end of a wrapped line goes on without a space ("medium-" "sized").
    const hyphenated = i > 0 && /\p{L}-$/u.test(lines[i - 1]!.trimEnd()) && /^\s*\p{Ll}/u.test(line);
    if (i > 0 && !hyphenated) inlines.push(keepBreaks ? { kind: 'break' } : { kind: 'text', text: ' ' });
    inlines.push(...plainInlines(line.trim(), log, notes));
  });
  if (bold) emboldenLine(inlines);
  const text = (bold ? unbolded(joined) : joined).trim();
  const standsAlone =
    !/[.;,!?]$/.test(text) && (text.length <= SHORT_LINE || (wrapped && text.length <= MAX_NORM_LINE));
  const headingLike = lines.length === 1 && (isNormLine(text) || standsAlone);
  return { kind: 'paragraph', inlines: mergeText(inlines), ...(headingLike ? { headingLike } : {}) };
}

/** Takes the "**" (or "__") off both ends of a bold line and sets its text in bold. */
function emboldenLine(inlines: Inline[]): void {
  const first = inlines[0];
  const last = inlines[inlines.length - 1];
  if (first?.kind !== 'text' || last?.kind !== 'text') return;
  first.text = first.text.replace(/^\s*(\*\*|__)/, '');
  last.text = last.text.replace(/(\*\*|__)\s*$/, '');
  for (const inline of inlines) if (inline.kind === 'text') inline.bold = true;
}

function mergeText(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (inline.kind === 'text' && last?.kind === 'text' && !last.bold) last.text += inline.text;
    else out.push(inline.kind === 'text' ? { ...inline } : inline);
  }
  return out;
}

interface PendingList {
  kind: ListKind;
  start: number;
  items: string[][];
}

/** The last letter of the last lettered list, so that "c)" after an interrupting paragraph goes on from "b)". */
interface Letters {
  last: number | null;
}

function groupBlocks(
  group: string[],
  log: WarningLog,
  notes: NoteMarks,
  wrapped: boolean,
  letters: Letters = { last: null },
): Block[] {
  // A norm heading wrapped over several lines is one paragraph that opens with the norm's name.
  const joined = group.map((line) => line.trim()).join(' ');
  if (group.length > 1 && isNormLine(joined) && isNormLine(group[0]!.trim())) {
    return [{ ...paragraph([joined], log, notes), headingLike: true }];
  }
  const out: Block[] = [];
  const state: { prose: string[]; list: PendingList | null } = { prose: [], list: null };
  const flush = () => {
    if (state.prose.length > 0) out.push(paragraph(state.prose, log, notes, wrapped));
    const list = state.list;
    if (list?.kind === 'lettered') letters.last = list.start + list.items.length - 1;
    if (list)
      out.push({
        kind: 'list',
        list: list.kind,
        start: list.start,
        items: list.items.map((lines) => [paragraph(lines, log, notes)]),
      });
    state.prose = [];
    state.list = null;
  };
  for (const line of group) {
    const item = itemOf(line);
    // "e. g." or "c) …" in prose is not a list: a lettered list starts at a.
    const startsOrContinues =
      item &&
      (item.kind !== 'lettered' ||
        item.value === 1 ||
        state.list?.kind === 'lettered' ||
        (state.list === null && item.value === (letters.last ?? -1) + 1));
    if (isNormLine(line.trim())) {
      flush();
      out.push(paragraph([line], log, notes));
    } else if (item && startsOrContinues) {
      if (state.prose.length > 0 || (state.list && state.list.kind !== item.kind)) flush();
      state.list ??= { kind: item.kind, start: item.value, items: [] };
      state.list.items.push([item.text]);
    } else if (state.list && !item) state.list.items[state.list.items.length - 1]!.push(line);
    else {
      if (state.list) flush();
      state.prose.push(line);
    }
  }
  flush();
  return out;
}

export function textToIr(source: string, log: WarningLog): IrDocument {
  const doc = emptyIrDocument();
  const pages = splitPages(source.replace(/^\uFEFF/, '').split(/\r\n?|\n/));
  const { body, notes: endNotes } = splitFootnotes(pages.body, log);
  const notes = new Map(pages.notes);
  for (const [number, text] of endNotes) {
    if (notes.has(number)) log.add('footnote-duplicate', { marker: String(number) });
    else notes.set(number, text);
  }
  const refs: NoteMarks = {
    ids: new Map(),
    last: 0,
    glued: { digits: pages.styles.has('digit'), parens: pages.styles.has('paren') },
  };
  for (const [number, text] of notes) {
    const id = `txt-${number}`;
    refs.ids.set(number, id);
    doc.footnoteLabels.set(id, String(number));
    doc.footnotes.set(id, [plainInlines(text, log)]);
  }
  try {
    const groups = groupsOf(body);
    const wrapped = isWrapped(groups);
    const letters: Letters = { last: null };
    for (const group of groups) doc.blocks.push(...groupBlocks(group, log, refs, wrapped, letters));
  } finally {
    normLines.clear();
  }
  return doc;
}
