// Text copied out of a PDF holds each page's printing between the pages: the footnotes at the
// page's foot ("1", then the note, or "¹ note", "[1] note"), the page number ("3", "- 3 -",
// "Page 3 of 12") and the running header or footer. This takes them out, keeps the notes by
// number, and leaves the body lines so that a sentence broken by a page goes on.
import { marksOf, SEPARATOR, superscriptNumber } from './footnotes';

/** How a note's number is written at its definition, which tells which marks in the text can be its. */
export type NoteStyle = 'digit' | 'superscript' | 'bracket' | 'paren';

export interface CopiedPages {
  body: string[];
  notes: Map<number, string>;
  /** The ways the notes found are numbered. */
  styles: Set<NoteStyle>;
}

const FORM_FEED = '\f';
const DEFINITIONS: Array<[NoteStyle, RegExp]> = [
  ['digit', /^\s*(\d{1,3})(?:\s+(\S.*))?$/u],
  ['superscript', /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(.*)$/u],
  ['bracket', /^\s*\[(\d{1,3})\]\s*(.*)$/u],
  ['paren', /^\s*\((\d{1,3})\)\s+(\S.*)$/u],
];
const PAGE_NUMBER = [
  /^[-–—]\s*\d{1,4}\s*[-–—]$/u,
  /^(?:page|p\.|pág\.?|página|pagina|стр\.?|страница|صفحة)\s*\d{1,4}(?:\s*(?:of|de|sur|из|من|\/)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s*(?:\/|of|de|sur|из|من)\s*\d{1,4}$/iu,
  /^第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/u,
];
/** What a note's definition or a page number starts with, to pass over the other lines quickly. */
const MAYBE_DEFINITION = /^\s*[\d⁰¹²³⁴⁵⁶⁷⁸⁹[(]/u;
const BARE_NUMBER = /^\s*\d{1,4}\s*$/u;
const LONE_BULLET = /^\s*[•▪◦‣●]\s*$/u;
const MAX_FURNITURE = 120;
/** A note's line that ends it when no page end follows: a full stop (or ! ? 。) or a web address. */
const ENDS_NOTE = /(?:[.!?。！？)]|https?:\/\/\S+)$/u;

const blank = (line: string | undefined) => line === undefined || !/\S/.test(line);
/** The note marks in the text of a page so far, by how they are written (kept as the lines come, so each is read once). */
class PageMarks {
  private readonly seen = new Map<NoteStyle, Set<number>>();

  add(line: string): void {
    if (!/[\d⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(line)) return;
    const { raised, bracketed, glued, parens } = marksOf(line);
    // A note numbered "1" at the foot may be marked "¹" or, as most viewers copy it, "word1".
    this.put('superscript', raised);
    this.put('digit', [...raised, ...glued]);
    this.put('bracket', bracketed);
    this.put('paren', parens);
  }

  has(n: number, style: NoteStyle): boolean {
    return this.seen.get(style)?.has(n) ?? false;
  }

  /** How many marks of `style`, numbered on from `from`, the page has. */
  run(from: number, style: NoteStyle): number {
    let n = from;
    while (this.has(n, style)) n++;
    return n - from;
  }

  clear(): void {
    this.seen.clear();
  }

  private put(style: NoteStyle, numbers: number[]): void {
    if (numbers.length === 0) return;
    const set = this.seen.get(style) ?? new Set<number>();
    for (const n of numbers) set.add(n);
    this.seen.set(style, set);
  }
}

interface Definition {
  number: number;
  style: NoteStyle;
  rest: string;
}

function definitionOf(line: string | undefined): Definition | null {
  if (line === undefined) return null;
  for (const [style, pattern] of DEFINITIONS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const number = style === 'superscript' ? superscriptNumber(match[1]!) : Number(match[1]);
    return { number, style, rest: (match[2] ?? '').trim() };
  }
  return null;
}

const furnitureKey = (line: string) => line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
const isPageNumber = (line: string) => PAGE_NUMBER.some((pattern) => pattern.test(line.trim()));

/**
 * Running headers and footers: a short line that repeats (digits aside) at least three times,
 * each time next to a page's edge (a page break, a page number, the start or end of the text).
 * A sub-heading repeated in each part of the text is not next to them, and stays.
 */
function runningLines(lines: readonly string[]): Set<string> {
  const nonBlank = lines.map((line, i) => ({ line, i })).filter(({ line }) => !blank(line));
  const edge = (k: number) => {
    const entry = nonBlank[k];
    return entry === undefined || entry.line === FORM_FEED || isPageNumber(entry.line) || BARE_NUMBER.test(entry.line);
  };
  const seen = new Map<string, { count: number; atEdge: number }>();
  nonBlank.forEach(({ line }, k) => {
    if (line === FORM_FEED || line.trim().length > MAX_FURNITURE || BARE_NUMBER.test(line)) return;
    const key = furnitureKey(line);
    const entry = seen.get(key) ?? { count: 0, atEdge: 0 };
    entry.count++;
    if (edge(k - 1) || edge(k + 1)) entry.atEdge++;
    seen.set(key, entry);
  });
  return new Set([...seen].filter(([, { count, atEdge }]) => count >= 3 && atEdge * 2 >= count).map(([key]) => key));
}

/** Takes the page furniture and the notes at each page's foot out of copied text. */
export function splitPages(source: readonly string[]): CopiedPages {
  // A form feed (pdftotext's page break) is a line of its own; a bullet alone on its line goes with its item.
  const lines: string[] = [];
  for (const raw of source) {
    if (!raw.includes(FORM_FEED)) lines.push(raw);
    else
      raw.split(FORM_FEED).forEach((part, i) => {
        if (i > 0) lines.push(FORM_FEED);
        lines.push(part);
      });
  }
  const running = runningLines(lines);
  // Each line is looked at from several places (a note's end, a page's end): what it is is worked out once.
  const definitions: Array<Definition | null | undefined> = new Array(lines.length);
  const definitionAt = (j: number): Definition | null => {
    if (j >= lines.length) return null;
    let definition = definitions[j];
    if (definition === undefined)
      definitions[j] = definition = MAYBE_DEFINITION.test(lines[j]!) ? definitionOf(lines[j]) : null;
    return definition;
  };
  const boundaries: Array<boolean | undefined> = new Array(lines.length);
  const isRunning = (line: string) => running.size > 0 && !blank(line) && running.has(furnitureKey(line));
  const isBoundary = (j: number): boolean => {
    if (j >= lines.length) return true;
    const line = lines[j]!;
    return (boundaries[j] ??= line === FORM_FEED || isRunning(line) || isPageNumber(line) || BARE_NUMBER.test(line));
  };
  const nextFilled = (j: number) => {
    while (j < lines.length && blank(lines[j])) j++;
    return j;
  };

  const notes = new Map<number, string>();
  const styles = new Set<NoteStyle>();
  const body: string[] = [];
  /** Body lines were left out since the last one kept: the next one goes on from it. */
  let cut = false;
  const page = new PageMarks();
  let expected = 1;

  /**
   * The notes of one page's foot from line `at`, or null when they do not end where the page does.
   * `unbounded`: the text has no page numbers or headers to end a page, so the block ends after
   * its last note (at a blank line, or after a line that ends a sentence) and is taken only when
   * it holds exactly the notes whose marks the page's text has, in order, and no more: a numbered
   * list in the body ("1 …", "2 …") is no block of notes then.
   */
  const readBlock = (
    at: number,
    unbounded = false,
  ): { notes: Array<[number, string, NoteStyle]>; end: number } | null => {
    const found: Array<[number, string, NoteStyle]> = [];
    let j = at;
    for (let number = expected; ; number++) {
      const definition = definitionAt(j);
      if (definition?.number !== number || !page.has(number, definition.style)) return null;
      const text = [definition.rest];
      j++;
      while (j < lines.length) {
        if (blank(lines[j])) {
          // pdftotext sets the number and the note apart with blank lines; a blank line after the note ends it.
          const k = nextFilled(j);
          if (text.join('') !== '' && !unbounded && !isBoundary(k) && definitionAt(k)?.number !== number + 1)
            return null;
          j = k;
          if (text.join('') !== '') break;
          continue;
        }
        const next = definitionAt(j);
        if ((next && next.number <= number + 1) || isBoundary(j)) break;
        if (unbounded && text.join('') !== '' && ENDS_NOTE.test(text[text.length - 1]!)) break;
        text.push(lines[j]!.trim());
        j++;
      }
      found.push([number, text.filter(Boolean).join(' '), definition.style]);
      if (definitionAt(j)?.number === number + 1) continue;
      if (isBoundary(j)) return { notes: found, end: j };
      return unbounded && found.length === page.run(expected, found[0]![2]) ? { notes: found, end: j } : null;
    }
  };

  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (definitionAt(i)?.number === expected) {
      // The end of the text is no page's end when the page printed none: the notes end sooner then.
      const bounded = readBlock(i);
      const block = bounded && bounded.end < lines.length ? bounded : (readBlock(i, true) ?? bounded);
      if (block) {
        for (const [number, text, style] of block.notes) {
          notes.set(number, text);
          styles.add(style);
        }
        expected += block.notes.length;
        while (body.length > 0 && blank(body[body.length - 1])) body.pop();
        if (body.length > 0 && SEPARATOR.test(body[body.length - 1]!)) body.pop();
        page.clear();
        cut = true;
        i = block.end;
        continue;
      }
    }
    const furniture = isBoundary(i) && (!BARE_NUMBER.test(line) || cut || isBoundary(nextFilled(i + 1)) || i === 0);
    if (furniture) {
      while (body.length > 0 && blank(body[body.length - 1])) body.pop();
      cut = true;
      i++;
      continue;
    }
    if (blank(line) && cut) {
      i++;
      continue;
    }
    if (LONE_BULLET.test(line) && !blank(lines[nextFilled(i + 1)])) {
      const k = nextFilled(i + 1);
      body.push(`${line.trim()} ${lines[k]!.trim()}`);
      page.add(lines[k]!);
      cut = false;
      i = k + 1;
      continue;
    }
    body.push(line);
    page.add(line);
    cut = false;
    i++;
  }
  return { body, notes, styles };
}
