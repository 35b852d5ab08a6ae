// Lines -> paragraphs, headings and lists. A new paragraph starts after a wider gap than the
// usual line spacing, at a change of text size, at an indented first line, after a short line
// that ends a sentence, and at a bullet or an item marker ("•", "(a)", "b.", "3."). A paragraph
// cut by a page break goes on when its last line does not end a sentence, or the next page begins
// in lower case. Words hyphenated at a line end are joined again.
import { logicalBrackets } from './bidi';
import { lineText, type Line, type LineRun } from './lines';
import type { ListKind } from '../ir';

export interface PdfParagraph {
  runs: LineRun[];
  size: number;
  /** Page of the paragraph's first line. */
  page: number;
  lines: number;
  /** Its first line reads from the right. */
  rtl: boolean;
  item?: { list: ListKind; value: number; x: number };
}

const BULLET = /^\s*[•·▪◦‣●○■□➢►✓-]\s*/;
const LETTERED = /^\s*\(?([a-z])[.)]\s+/;
const NUMBERED = /^\s*\(?(\d{1,2})[.)]\s+/;

interface Metrics {
  bodySize: number;
  gap: number;
  /** Paragraphs are set apart by space (then a short line ending a sentence does not end one). */
  spaced: boolean;
  left: number;
  right: number;
}

function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

/** The size most characters have. */
export function bodySizeOf(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + lineText(line).length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

function metricsOf(lines: readonly Line[], bodySize: number): Metrics {
  const body = lines.filter((line) => Math.abs(line.size - bodySize) < 0.75);
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const gap = body[i - 1]!.y - body[i]!.y;
    if (body[i]!.page === body[i - 1]!.page && gap > 0 && gap < bodySize * 3) gaps.push(gap);
  }
  // The shortest common spacing is the line spacing inside paragraphs (the rest are between them).
  const sorted = gaps.sort((a, b) => a - b);
  const gap = sorted.length > 0 ? sorted[Math.floor(sorted.length * 0.25)]! : bodySize * 1.2;
  return {
    bodySize,
    gap,
    spaced: sorted.filter((g) => g > gap * 1.3).length >= sorted.length * 0.1,
    left: percentile(
      body.map((line) => line.x),
      0.25,
    ),
    right: percentile(
      body.map((line) => line.right),
      0.9,
    ),
  };
}

function listMarker(line: Line): { list: ListKind; value: number; rest: LineRun[] } | null {
  const first = line.runs[0]!;
  const patterns: [RegExp, ListKind][] = [
    [BULLET, 'bullet'],
    [LETTERED, 'lettered'],
    [NUMBERED, 'number'],
  ];
  for (const [pattern, list] of patterns) {
    const match = pattern.exec(first.text);
    if (!match) continue;
    // "-" starts a bullet only when followed by a space; a bare marker may be its own run.
    if (list === 'bullet' && first.text.trim().startsWith('-') && !/^\s*-\s/.test(first.text)) continue;
    const rest = [{ ...first, text: first.text.slice(match[0].length) }, ...line.runs.slice(1)].filter(
      (run, i) => i > 0 || run.text !== '',
    );
    if (rest.length === 0 || lineText({ ...line, runs: rest }).trim() === '') continue;
    const value = list === 'bullet' ? 1 : list === 'lettered' ? match[1]!.charCodeAt(0) - 96 : Number(match[1]);
    return { list, value, rest };
  }
  return null;
}

const allBold = (line: Line) => line.runs.every((run) => run.bold || run.text.trim() === '' || run.sup);
const endsSentence = (text: string) => /[.!?:;…。！？؟"”’»)\]]\s*$/.test(text);

/** Appends a line's runs to a paragraph, joining a word hyphenated across the line end. */
function appendLine(runs: LineRun[], next: readonly LineRun[]): void {
  const last = runs[runs.length - 1];
  const first = next[0];
  if (!last || !first) {
    runs.push(...next.map((run) => ({ ...run })));
    return;
  }
  if (/\p{L}[-\u00ad]$/u.test(last.text) && /^\p{Ll}/u.test(first.text)) last.text = last.text.slice(0, -1);
  else if (last.text.endsWith('\u00ad')) last.text = last.text.slice(0, -1);
  else if (!/[-/\s]$/.test(last.text) && !(last.url !== undefined && last.url === first.url)) last.text += ' ';
  for (const run of next) {
    const end = runs[runs.length - 1]!;
    if (end.bold === run.bold && end.italic === run.italic && end.sup === run.sup && end.url === run.url)
      end.text += run.text;
    else runs.push({ ...run });
  }
}

/** The lines as paragraphs; `single` joins them all into one (a note's lines). */
export function buildParagraphs(lines: readonly Line[], bodySize: number, single = false): PdfParagraph[] {
  const m = metricsOf(lines, bodySize);
  const out: PdfParagraph[] = [];
  let current: PdfParagraph | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    const marker = single ? null : listMarker(line);
    const text = lineText(line);
    let fresh = current === null || previous === null || marker !== null || Math.abs(line.size - previous.size) > 0.75;
    if (single) fresh = current === null;
    else if (!fresh && previous && current) {
      const previousText = previous.runs
        .filter((run) => !run.sup)
        .map((run) => run.text)
        .join('');
      // A paragraph read from the right keeps its lines flush right: its short lines and its
      // first-line indent are at the left and right ends (English lines inside it included).
      const rtl = current.rtl;
      const short = rtl ? previous.x > m.left + bodySize * 2.5 : previous.right < m.right - bodySize * 2.5;
      if (line.page !== previous.page) {
        fresh = endsSentence(previousText) && !/^\p{Ll}/u.test(text);
      } else {
        const gap = previous.y - line.y;
        // A first-line indent (body text only: headings and titles may be centred).
        const indented = current.item
          ? line.x < current.item.x - 2
          : Math.abs(line.size - bodySize) < 0.75 &&
            (rtl
              ? line.right < m.right - bodySize * 0.8 && line.right < previous.right - 2
              : line.x > m.left + bodySize * 0.8 && line.x > previous.x + 2);
        fresh =
          gap > m.gap * 1.3 ||
          gap < 0 ||
          indented ||
          (short && !m.spaced && endsSentence(previousText)) ||
          (short && allBold(previous) !== allBold(line));
      }
    }
    if (fresh) {
      current = { runs: [], size: line.size, page: line.page, lines: 1, rtl: line.rtl };
      if (marker) {
        current.item = { list: marker.list, value: marker.value, x: line.x + bodySize };
        appendLine(current.runs, marker.rest);
      } else appendLine(current.runs, line.runs);
      out.push(current);
    } else {
      appendLine(current!.runs, line.runs);
      current!.lines++;
    }
    previous = line;
  }
  for (const paragraph of out) {
    const texts = logicalBrackets(paragraph.runs.map((run) => run.text));
    paragraph.runs.forEach((run, i) => (run.text = texts[i]!));
  }
  return out;
}
