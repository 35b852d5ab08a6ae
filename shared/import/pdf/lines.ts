// Positioned text items -> lines of runs. Items whose baselines are within half a line of each
// other are one line (a footnote marker is raised by about a third of a line, so it joins the line
// it belongs to); small raised runs are marked as superscript. Each run knows the link area it
// lies in: an item is cut where a link's box starts or ends, its characters assumed equally wide.
import { readsRightToLeft, rightToLeftOrder } from './bidi';
import type { PdfLinkArea, PdfPageContent, PdfTextItem } from './types';

export interface LineRun {
  text: string;
  bold: boolean;
  italic: boolean;
  sup: boolean;
  url?: string;
}

export interface Line {
  page: number;
  /** Baseline of the line's largest text. */
  y: number;
  x: number;
  right: number;
  size: number;
  /** Read from the right (an Arabic line, even with an English text in it). */
  rtl: boolean;
  runs: LineRun[];
}

interface Building {
  y: number;
  size: number;
  items: PdfTextItem[];
}

export function lineText(line: Line): string {
  return line.runs.map((run) => run.text).join('');
}

function linkAt(links: readonly PdfLinkArea[], item: PdfTextItem, x: number): string | undefined {
  const middle = item.y + item.size / 3;
  return links.find((l) => x >= l.x1 - 0.5 && x <= l.x2 + 0.5 && middle >= l.y1 - 1 && middle <= l.y2 + 1)?.url;
}

const OPENING = /^[("'[\u201c\u2018\u00ab]+/u;
const CLOSING = /[)"'\].,;:\u201d\u2019\u00bb]+$/u;

/**
 * An item's text in pieces inside and outside link areas. Characters are placed by an even share
 * of the item's width, so a link is then widened to whole words (the words mostly inside its box),
 * without the punctuation around them.
 */
function pieces(item: PdfTextItem, allLinks: readonly PdfLinkArea[]): { text: string; url?: string }[] {
  // Most items touch no link: they are not looked at character by character.
  const middle = item.y + item.size / 3;
  const links = allLinks.filter(
    (l) => middle >= l.y1 - 1 && middle <= l.y2 + 1 && item.x + item.width >= l.x1 - 0.5 && item.x <= l.x2 + 0.5,
  );
  if (links.length === 0) return [{ text: item.text }];
  const chars = [...item.text];
  const step = chars.length > 0 ? item.width / chars.length : 0;
  const urls: (string | undefined)[] = chars.map((_, i) => linkAt(links, item, item.x + step * (i + 0.5)));
  const assigned: (string | undefined)[] = chars.map(() => undefined);
  const text = chars.join('');
  let offset = 0;
  for (const token of text.split(/(\s+)/)) {
    const length = [...token].length;
    if (token.trim() !== '') {
      const inside = new Map<string, number>();
      for (let i = offset; i < offset + length; i++) {
        const url = urls[i];
        if (url !== undefined) inside.set(url, (inside.get(url) ?? 0) + 1);
      }
      const [url, count] = [...inside].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
      if (url !== undefined && count * 2 > length) {
        const start = offset + [...(OPENING.exec(token)?.[0] ?? '')].length;
        const end = offset + length - [...(CLOSING.exec(token)?.[0] ?? '')].length;
        for (let i = start; i < end; i++) assigned[i] = url;
      }
    }
    offset += length;
  }
  const out: { text: string; url?: string }[] = [];
  chars.forEach((char, i) => {
    // A space between two words of one link belongs to it.
    const url =
      assigned[i] ??
      (assigned[i - 1] !== undefined && assigned[i - 1] === assigned[i + 1] ? assigned[i - 1] : undefined);
    const last = out[out.length - 1];
    if (last && last.url === url) last.text += char;
    else out.push(url === undefined ? { text: char } : { text: char, url });
  });
  return out;
}

function sameStyle(a: LineRun, b: LineRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.sup === b.sup && a.url === b.url;
}

const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
/**
 * Chinese characters and digits side by side: the gap LibreOffice and Word leave between them is
 * spacing, not a space (the app writes "2025年", and so do Chinese writers).
 */
function hanBesideDigit(before: string, after: string): boolean {
  return (HAN_END.test(before) && /^\d/.test(after)) || (/\d$/.test(before) && HAN_START.test(after));
}

/** The line's items without the blank ones that only stand for such a gap (one pass each way). */
function withoutHanDigitGaps(items: readonly PdfTextItem[]): PdfTextItem[] {
  const blank = items.map((item) => item.text.trim() === '');
  const after: (string | undefined)[] = [];
  let next: string | undefined;
  for (let i = items.length - 1; i >= 0; i--) {
    after[i] = next;
    if (!blank[i]) next = items[i]!.text;
  }
  let before: string | undefined;
  return items.filter((item, i) => {
    const keep = !blank[i] || before === undefined || after[i] === undefined || !hanBesideDigit(before, after[i]!);
    if (!blank[i]) before = item.text;
    return keep;
  });
}

function finishLine(page: number, building: Building, links: readonly PdfLinkArea[]): Line | null {
  const placed = building.items.sort((a, b) => a.x - b.x);
  const rtl = readsRightToLeft(placed);
  const items = withoutHanDigitGaps(rtl ? rightToLeftOrder(placed) : placed);
  const runs: LineRun[] = [];
  let previous: PdfTextItem | null = null;
  let text = '';
  for (const item of items) {
    const sup =
      item.text.trim() !== '' && item.size < building.size * 0.8 && item.y > building.y + building.size * 0.15;
    if (previous) {
      const [left, right] = item.x < previous.x ? [item, previous] : [previous, item];
      const gap = right.x - (left.x + left.width);
      if (
        gap > building.size * 0.15 &&
        !/\s$/.test(text) &&
        !/^\s/.test(item.text) &&
        !hanBesideDigit(text, item.text)
      ) {
        runs.push({ text: ' ', bold: previous.bold, italic: previous.italic, sup: false });
        text += ' ';
      }
    }
    for (const piece of pieces(item, links)) {
      const run: LineRun = { text: piece.text, bold: item.bold, italic: item.italic, sup };
      if (piece.url !== undefined) run.url = piece.url;
      runs.push(run);
      text += piece.text;
    }
    previous = item;
  }
  const merged: LineRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    // Spaces take the style of what they follow, so a bold word and its space stay one run.
    if (last && (sameStyle(last, run) || (run.text.trim() === '' && !run.sup && !last.sup && run.url === last.url)))
      last.text += run.text;
    else merged.push({ ...run });
  }
  while (merged.length > 0 && merged[0]!.text.trim() === '') merged.shift();
  while (merged.length > 0 && merged[merged.length - 1]!.text.trim() === '') merged.pop();
  if (merged.length === 0) return null;
  merged[0]!.text = merged[0]!.text.trimStart();
  merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.trimEnd();
  const visible = items.filter((item) => item.text.trim() !== '');
  return {
    page,
    y: building.y,
    x: Math.min(...visible.map((item) => item.x)),
    right: Math.max(...visible.map((item) => item.x + item.width)),
    size: building.size,
    rtl,
    runs: merged,
  };
}

/** The page's lines from top to bottom. */
export function pageLines(content: PdfPageContent, page: number): Line[] {
  const items = content.items
    .filter((item) => item.text !== '' && item.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const building: Building[] = [];
  // Items come top to bottom: a line more than half the largest size above an item can take
  // no later item either, so the search starts below it (no pass over every line per item).
  const reach = Math.max(0, ...items.map((item) => item.size)) * 0.5;
  let open = 0;
  for (const item of items) {
    const blank = item.text.trim() === '';
    while (open < building.length && building[open]!.y - item.y > reach) open++;
    let line: Building | undefined;
    for (let i = open; i < building.length && !line; i++) {
      const l = building[i]!;
      if (Math.abs(l.y - item.y) <= Math.max(l.size, item.size) * 0.5) line = l;
    }
    if (!line) {
      if (!blank) building.push({ y: item.y, size: item.size, items: [item] });
      continue;
    }
    line.items.push(item);
    if (!blank && item.size > line.size * 1.05) {
      line.size = item.size;
      line.y = item.y;
    }
  }
  return building
    .sort((a, b) => b.y - a.y)
    .map((b) => finishLine(page, b, content.links))
    .filter((line): line is Line => line !== null);
}
