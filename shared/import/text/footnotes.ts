// Footnotes in plain text: a block of lines at the end that start with "[3]" or "³", optionally
// after a separator line or a "Notes" heading, matched to the same marks in the text. Notes are
// numbered in text order, so a mark is taken only when its number is above the last one taken:
// "m²" after note 5 stays text. Notes at the foot of each page of text copied out of a PDF are
// found by pages.ts, which also says how they are marked: a number glued to a word ("months.1")
// is a mark only for the next note in order.
import type { Inline } from '../ir';
import { appendText, linkOrText } from '../inlines';
import type { WarningLog } from '../warnings';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const DEFINITION = /^\s*(?:\[(\d{1,4})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}))\s*(.*)$/;
export const SEPARATOR =
  /^\s*(?:[-_*=]{3,}|(?:notes|footnotes|endnotes|references|sources|notes de bas de page|notas|примечания|сноски|注释|脚注|الحواشي|الهوامش)\s*:?)\s*$/i;
const MARK = /\[(\d{1,4})\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}/g;
const URL = /(?:https?:\/\/|mailto:)[^\s<>"]+/g;
/** An address in angle brackets, as some writers and viewers set it apart: the brackets go. */
const BRACKETED_URL = /<((?:https?:\/\/|mailto:)[^\s<>"]+)>/g;
/** A number glued to a word or its punctuation ("months.1", "word12"): a raised note mark copied as text. */
const GLUED = /(?<=[\p{L}.,;:)\]’”"'])(\d{1,3})(?![\p{L}\d])/gu;
/** "(1)" glued to a word or its punctuation; after a space it opens a list item or cites a subsection. */
const GLUED_PAREN = /(?<=[\p{L}.,;:’”"'])\((\d{1,3})\)/gu;

/** The numbers of the note marks in a line, by how they are written. */
export function marksOf(line: string): { raised: number[]; bracketed: number[]; glued: number[]; parens: number[] } {
  const raised: number[] = [];
  const bracketed: number[] = [];
  for (const match of line.matchAll(MARK)) {
    if (match[1]) bracketed.push(Number(match[1]));
    else raised.push(superscriptNumber(match[0]));
  }
  return {
    raised,
    bracketed,
    glued: [...line.matchAll(GLUED)].map((match) => Number(match[1])),
    parens: [...line.matchAll(GLUED_PAREN)].map((match) => Number(match[1])),
  };
}

export const superscriptNumber = (marks: string) => Number([...marks].map((c) => SUPERSCRIPT.indexOf(c)).join(''));

export interface TextFootnotes {
  /** Lines of the body (the footnote zone and its separator removed). */
  body: string[];
  /** Footnote text by number. */
  notes: Map<number, string>;
}

const blank = (line: string) => line.trim() === '';

/** `log` hears of a second note with the same number, which is not imported. */
export function splitFootnotes(lines: string[], log?: WarningLog): TextFootnotes {
  const isDefinition = lines.map((line) => DEFINITION.test(line));
  // Without blank lines every line is its own paragraph, so only a web address can continue a note.
  const paragraphsHaveLines = lines.some(blank);
  const continues = (j: number) => !blank(lines[j - 1]!) && (paragraphsHaveLines || /^\s*https?:\/\//.test(lines[j]!));
  // From `start` on, every line is blank, a definition, or continues the line above it.
  let start = lines.length;
  let suffixOk = true;
  for (let j = lines.length - 1; j > 0; j--) {
    if (isDefinition[j] && suffixOk) start = j;
    suffixOk &&= blank(lines[j]!) || isDefinition[j]! || continues(j);
    if (!suffixOk) break;
  }
  if (start === lines.length) return { body: lines, notes: new Map() };

  const notes = new Map<number, string>();
  let current: number | null = null;
  for (const line of lines.slice(start)) {
    const match = DEFINITION.exec(line);
    if (match) {
      current = match[1] ? Number(match[1]) : superscriptNumber(match[2]!);
      if (!notes.has(current)) notes.set(current, match[3]!.trim());
      else {
        log?.add('footnote-duplicate', { marker: String(current) });
        current = null;
      }
    } else if (current !== null && !blank(line)) notes.set(current, `${notes.get(current)} ${line.trim()}`.trim());
  }
  let end = start;
  while (end > 0 && blank(lines[end - 1]!)) end--;
  if (end > 0 && SEPARATOR.test(lines[end - 1]!)) end--;
  return { body: lines.slice(0, end), notes };
}

/** Text with bare web and mailto addresses as links and, when `notes` is given, footnote marks as references. */
export interface NoteMarks {
  ids: Map<number, string>;
  /** The number of the last mark taken, across the whole text. */
  last: number;
  /** Numbers glued to words ("word1") or in glued brackets ("word(1)") mark notes too. */
  glued?: { digits: boolean; parens: boolean };
}

/** Marks of notes in `text`: "[3]", "³" and, when the notes are so numbered, "word3" or "word(3)". */
function markMatches(
  text: string,
  notes: NoteMarks,
): Array<{ at: number; end: number; number: number; next: boolean }> {
  const found = [...text.matchAll(MARK)].map((match) => ({
    at: match.index,
    end: match.index + match[0].length,
    number: match[1] ? Number(match[1]) : superscriptNumber(match[0]),
    next: false,
  }));
  const glued = [
    ...(notes.glued?.digits ? text.matchAll(GLUED) : []),
    ...(notes.glued?.parens ? text.matchAll(GLUED_PAREN) : []),
  ];
  for (const match of glued)
    found.push({ at: match.index, end: match.index + match[0].length, number: Number(match[1]), next: true });
  return found.sort((a, b) => a.at - b.at);
}

export function plainInlines(source: string, log: WarningLog, notes?: NoteMarks): Inline[] {
  const text = source.replace(BRACKETED_URL, '$1');
  const out: Inline[] = [];
  const pieces: Array<{ at: number; end: number; inline: Inline[] }> = [];
  for (const match of text.matchAll(URL)) {
    const url = match[0].replace(/[.,;:!?)\]'"]+$/, '');
    pieces.push({
      at: match.index,
      end: match.index + url.length,
      inline: linkOrText(url, [{ kind: 'text', text: url }], log),
    });
  }
  if (notes) {
    // Marks and addresses both come in text order: one pass tells whether a mark sits in an address.
    const urls = pieces.slice();
    let u = 0;
    for (const mark of markMatches(text, notes)) {
      while (u < urls.length && urls[u]!.end <= mark.at) u++;
      if (u < urls.length && urls[u]!.at <= mark.at) continue;
      const id = notes.ids.get(mark.number);
      // A glued number is a mark only for the very next note: "G20" or "CO2" stay text.
      if (!id || mark.number <= notes.last || (mark.next && mark.number !== notes.last + 1)) continue;
      notes.last = mark.number;
      pieces.push({ at: mark.at, end: mark.end, inline: [{ kind: 'footnote', id }] });
    }
  }
  pieces.sort((a, b) => a.at - b.at);
  let at = 0;
  for (const piece of pieces) {
    if (piece.at < at) continue;
    appendText(out, text.slice(at, piece.at));
    out.push(...piece.inline);
    at = piece.end;
  }
  appendText(out, text.slice(at));
  return out;
}
