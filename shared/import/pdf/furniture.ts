// Running headers, footers and page numbers: lines near the top or bottom edge of a page that
// repeat on most pages at the same height (digits aside, so "Page 3" repeats), and bare page
// numbers at an edge. They are printing, not content, and are left out.
import { lineText, type Line } from './lines';

/** Share of the page height at the top and the bottom where furniture is looked for. */
const EDGE = 0.12;
/** Lines at each end of a page that can be furniture. */
const PER_END = 2;

const PAGE_NUMBER = /^(?:page\s+|p\.\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,6})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

function key(line: Line): string {
  return `${Math.round(line.y / 4)}|${lineText(line).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/**
 * Lines at the page's edges that can be furniture: the outermost line, or one set apart from the
 * text towards the middle of the page (a body line at the top is followed closely by the next).
 */
function edgeLines(lines: readonly Line[], height: number): Line[] {
  const apart = (line: Line, neighbour: Line | undefined) =>
    neighbour === undefined || Math.abs(line.y - neighbour.y) > line.size * 1.6;
  const top = lines
    .slice(0, PER_END)
    .filter((line, i) => line.y > height * (1 - EDGE) && (i === 0 || apart(line, lines[i + 1])));
  const bottom = lines
    .slice(-PER_END)
    .filter(
      (line, i, ends) =>
        line.y < height * EDGE && (i === ends.length - 1 || apart(line, lines[lines.length - ends.length + i - 1])),
    );
  return [...new Set([...top, ...bottom])];
}

/** Every page's lines without its furniture, and how many lines were left out. */
export function removeFurniture(
  pages: readonly Line[][],
  heights: readonly number[],
): { pages: Line[][]; removed: number } {
  const counts = new Map<string, number>();
  pages.forEach((lines, i) => {
    for (const k of new Set(edgeLines(lines, heights[i]!).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const repeatedOn = Math.max(2, Math.ceil(pages.length / 2));
  let removed = 0;
  const kept = pages.map((lines, i) => {
    const furniture = new Set(
      edgeLines(lines, heights[i]!).filter(
        (line) => PAGE_NUMBER.test(lineText(line).trim()) || (counts.get(key(line)) ?? 0) >= repeatedOn,
      ),
    );
    removed += furniture.size;
    return lines.filter((line) => !furniture.has(line));
  });
  return { pages: kept, removed };
}
