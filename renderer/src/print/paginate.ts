// Lays measured blocks into fixed-height pages, as Word does in outline: a block and the
// footnotes it references go on the same page (the footnotes at the bottom, under a separator);
// a heading stays with the start of what follows it; a paragraph longer than the room left is
// split between lines, its footnotes going with the part that holds their reference; a table row
// that opens a page has its table's header row repeated above it. Pure
// (heights in pixels, measured by the page view), so it is tested without a browser.

export interface MeasuredNote {
  /** Index of the footnote in the document's list of footnotes. */
  index: number;
  /** Where its reference sits inside the block (from the block's top). */
  offset: number;
  height: number;
}

export interface MeasuredBlock {
  height: number;
  /** Top of the first line (the space before the block), and the height of one line. */
  lineStart: number;
  line: number;
  /** Stays on the page of the block after it (headings). */
  keepWithNext: boolean;
  /** May be split between lines (paragraphs, not headings). */
  splittable: boolean;
  notes: MeasuredNote[];
  /** Starts a new page (after a page break). */
  pageBreakBefore?: boolean;
  /** A table row: the height of its table's header row, repeated when the row opens a page. */
  repeatedHeader?: number;
}

/** Part of a block on a page: its pixels from..to. */
export interface PageSlice {
  block: number;
  from: number;
  to: number;
}

export interface LaidOutPage {
  slices: PageSlice[];
  /** Footnote indices, in order. */
  notes: number[];
}

export interface PageMetrics {
  /** The text area's height. */
  height: number;
  /** The separator line above a page's footnotes, with its spacing. */
  separator: number;
}

interface OpenPage extends LaidOutPage {
  used: number;
  notesHeight: number;
}

const notesIn = (block: MeasuredBlock, from: number, to: number, last: boolean) =>
  block.notes.filter((note) => note.offset >= from && (note.offset < to || last));

export function paginate(blocks: readonly MeasuredBlock[], metrics: PageMetrics): LaidOutPage[] {
  const pages: LaidOutPage[] = [];
  let page: OpenPage = { slices: [], notes: [], used: 0, notesHeight: 0 };
  const empty = () => page.slices.length === 0;
  const room = () => metrics.height - page.used - page.notesHeight - (page.notes.length > 0 ? metrics.separator : 0);
  // What placing text of `height` with these footnotes takes from the page.
  const cost = (height: number, notes: readonly MeasuredNote[]) => {
    const notesHeight = notes.reduce((sum, note) => sum + note.height, 0);
    return height + notesHeight + (notes.length > 0 && page.notes.length === 0 ? metrics.separator : 0);
  };
  const place = (block: number, from: number, to: number, notes: readonly MeasuredNote[]) => {
    page.slices.push({ block, from, to });
    page.used += to - from;
    page.notes.push(...notes.map((n) => n.index));
    page.notesHeight += notes.reduce((sum, note) => sum + note.height, 0);
  };
  const newPage = () => {
    pages.push({ slices: page.slices, notes: page.notes });
    page = { slices: [], notes: [], used: 0, notesHeight: 0 };
  };

  blocks.forEach((block, index) => {
    if (block.pageBreakBefore && !empty()) newPage();
    let from = 0;
    while (from < block.height || (from === 0 && block.height === 0)) {
      // Once per page: the header row Word repeats above a table row that opens the page.
      if (empty() && page.used === 0 && block.repeatedHeader) page.used = block.repeatedHeader;
      const rest = notesIn(block, from, block.height, true);
      const next = blocks[index + 1];
      // A heading needs room for the first lines of what follows, or it moves on with them.
      const keep = block.keepWithNext && next ? Math.min(next.height, next.lineStart + 2 * next.line) : 0;
      if (cost(block.height - from, rest) + keep <= room()) {
        place(index, from, block.height, rest);
        return;
      }
      if (block.splittable && block.line > 0) {
        // As many whole lines as fit, with the footnotes referenced in them.
        let to = from === 0 ? block.lineStart + block.line : from + block.line;
        let fitted = -1;
        while (to < block.height && cost(to - from, notesIn(block, from, to, false)) <= room()) {
          fitted = to;
          to += block.line;
        }
        if (fitted > from) {
          place(index, from, fitted, notesIn(block, from, fitted, false));
          newPage();
          from = fitted;
          continue;
        }
      }
      if (empty()) {
        // Taller than a page and not splittable: it has the page to itself.
        place(index, from, block.height, rest);
        return;
      }
      newPage();
    }
  });
  if (!empty() || pages.length === 0) newPage();
  return pages;
}
