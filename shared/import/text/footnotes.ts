// Footnotes in plain text: a block of lines at the end that start with "[3]" or "³", optionally
// after a separator line or a "Notes" heading, matched to the same marks in the text. Notes are
// numbered in text order, so a mark is taken only when its number is above the last one taken:
// "m²" after note 5 stays text.
import type { Inline } from '../ir';
import { appendText, linkOrText } from '../inlines';
import type { WarningLog } from '../warnings';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const DEFINITION = /^\s*(?:\[(\d{1,4})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}))\s*(.*)$/;
const SEPARATOR =
  /^\s*(?:[-_*=]{3,}|(?:notes|footnotes|endnotes|references|sources|notes de bas de page|notas|примечания|сноски|注释|脚注|الحواشي|الهوامش)\s*:?)\s*$/i;
const MARK = /\[(\d{1,4})\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}/g;
const URL = /(?:https?:\/\/|mailto:)[^\s<>"]+/g;

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
}

export function plainInlines(text: string, log: WarningLog, notes?: NoteMarks): Inline[] {
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
    for (const match of text.matchAll(MARK)) {
      while (u < urls.length && urls[u]!.end <= match.index) u++;
      if (u < urls.length && urls[u]!.at <= match.index) continue;
      const number = match[1] ? Number(match[1]) : superscriptNumber(match[0]);
      const id = notes.ids.get(number);
      if (!id || number <= notes.last) continue;
      notes.last = number;
      pieces.push({ at: match.index, end: match.index + match[0].length, inline: [{ kind: 'footnote', id }] });
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
