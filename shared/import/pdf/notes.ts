// Footnotes: the text smaller than the body at the foot of each page, each note starting with its
// number (raised or not); lines before the first number on a page continue the previous page's
// last note. Endnotes: numbered paragraphs after a last "Notes" heading. Markers in the body are
// small raised numbers; each is linked to the note with its number on the same page, else the
// next unused one with that number (a note pushed to the next page, or an endnote).
import { lineText, type Line, type LineRun } from './lines';

export interface PdfNote {
  number: number;
  page: number;
  lines: Line[];
  used: boolean;
}

const NOTE_START = /^\s*(\d{1,4})[.)]?(?:\s+|$)/;
const NOTES_HEADING =
  /^\s*(?:notes|endnotes|end notes|references|notas|notes de fin|примечания|сноски|ملاحظات|الحواشي|注释|注)\s*:?\s*$/i;

/** The note number a line starts with, and the line without it. */
function noteStart(line: Line): { number: number; rest: Line } | null {
  const first = line.runs[0]!;
  if (first.sup && /^\d{1,4}$/.test(first.text.trim())) {
    return { number: Number(first.text.trim()), rest: { ...line, runs: trimStart(line.runs.slice(1)) } };
  }
  const match = NOTE_START.exec(first.text);
  if (!match) return null;
  const runs = [{ ...first, text: first.text.slice(match[0].length) }, ...line.runs.slice(1)];
  return { number: Number(match[1]), rest: { ...line, runs: trimStart(runs) } };
}

function trimStart(runs: LineRun[]): LineRun[] {
  const out = runs.filter((run, i) => i > 0 || run.text.trim() !== '');
  if (out[0]) out[0] = { ...out[0], text: out[0].text.trimStart() };
  return out;
}

/** Splits each page's foot-of-page notes off its lines. */
export function splitFootnotes(pages: readonly Line[][], bodySize: number): { pages: Line[][]; notes: PdfNote[] } {
  const notes: PdfNote[] = [];
  const bodies = pages.map((lines, page) => {
    let start = lines.length;
    while (start > 0 && lines[start - 1]!.size < bodySize * 0.9) start--;
    const foot = lines.slice(start);
    const found = foot.findIndex((line) => noteStart(line) !== null);
    const previous = notes[notes.length - 1];
    const continues = previous !== undefined && previous.page === page - 1;
    if (found < 0 && !continues) return [...lines];
    const firstNote = found < 0 ? foot.length : found;
    // Small lines above the first numbered one: the previous page's note running on, else body text.
    let keepUpTo = start + firstNote;
    if (firstNote > 0 && continues) {
      previous.lines.push(...foot.slice(0, firstNote));
      keepUpTo = start;
    }
    let current: PdfNote | null = null;
    for (const line of foot.slice(firstNote)) {
      const started = noteStart(line);
      if (started && (current === null || started.number > current.number || started.number === 1)) {
        current = {
          number: started.number,
          page,
          lines: started.rest.runs.length > 0 ? [started.rest] : [],
          used: false,
        };
        notes.push(current);
      } else current?.lines.push(line);
    }
    return lines.slice(0, keepUpTo);
  });
  return { pages: bodies, notes };
}

/** Splits numbered notes after the last "Notes" heading off the end of the document. */
export function splitEndnotes(lines: readonly Line[]): { lines: Line[]; notes: PdfNote[] } {
  let heading = -1;
  for (let i = lines.length - 1; i >= 0; i--)
    if (NOTES_HEADING.test(lineText(lines[i]!))) {
      heading = i;
      break;
    }
  if (heading < 0 || heading + 1 >= lines.length || noteStart(lines[heading + 1]!) === null)
    return { lines: [...lines], notes: [] };
  const notes: PdfNote[] = [];
  for (const line of lines.slice(heading + 1)) {
    const started = noteStart(line);
    const current = notes[notes.length - 1];
    if (started && (!current || started.number === current.number + 1))
      notes.push({ number: started.number, page: line.page, lines: [started.rest], used: false });
    else current?.lines.push(line);
  }
  return { lines: lines.slice(0, heading), notes };
}

/** The note a body marker with this number on this page stands for, marked used. */
export function findNote(notes: readonly PdfNote[], number: number, page: number): PdfNote | null {
  const candidates = notes.filter((note) => note.number === number && !note.used);
  const found =
    candidates.find((note) => note.page === page) ??
    candidates.find((note) => note.page > page) ??
    candidates[0] ??
    null;
  if (found) found.used = true;
  return found;
}
