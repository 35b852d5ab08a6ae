// The reading order of a line's items. pdf.js gives each item's characters in reading order,
// but a line's items are placed on the page: in a right-to-left line (Arabic, Hebrew) they are
// read from the right, except that a stretch of left-to-right words (an English official text,
// a web address) is read from its left end, as one piece.
import type { PdfTextItem } from './types';

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

type Direction = 'rtl' | 'ltr' | 'neutral';

function directionOf(item: PdfTextItem): Direction {
  if (RTL_LETTER.test(item.text)) return 'rtl';
  // Latin letters make a left-to-right stretch; digits alone sit in the surrounding text.
  return /\p{L}/u.test(item.text) ? 'ltr' : 'neutral';
}

/**
 * Whether the line reads from the right: its rightmost item with letters is right-to-left. (A line
 * of an English document ending in an Arabic word would be misread; such lines are rare there,
 * while every line of an Arabic document that holds an English text is read right.)
 */
export function readsRightToLeft(sortedByX: readonly PdfTextItem[]): boolean {
  for (let i = sortedByX.length - 1; i >= 0; i--) {
    const direction = directionOf(sortedByX[i]!);
    if (direction !== 'neutral') return direction === 'rtl';
  }
  return false;
}

/**
 * Punctuation alone ("." and ")" after an Arabic word, set at the line's left end) is given in
 * placed order too: read from the right, it is reversed.
 */
function readFromRight(item: PdfTextItem): PdfTextItem {
  const chars = [...item.text];
  return chars.length > 1 && !/[\p{L}\p{N}]/u.test(item.text) ? { ...item, text: chars.reverse().join('') } : item;
}

const MAX_ITEMS_REPAIRED = 400;
const PUNCTUATION_ONLY = /^[^\p{L}\p{N}\s]+$/u;

/**
 * pdf.js may give a colon or a comma set between two Arabic words as its own item, lying within
 * the item of the words around it: it goes back in at the word end nearest its place.
 */
function withPunctuationInside(items: readonly PdfTextItem[]): PdfTextItem[] {
  const out = items.map((item) => ({ ...item }));
  // Each mark looks at every item: a real line has a few dozen, a hostile one is left as it is.
  if (out.length > MAX_ITEMS_REPAIRED) return out;
  const hosts = out.filter((item) => directionOf(item) === 'rtl' && item.width > 0);
  return out.filter((mark) => {
    if (!PUNCTUATION_ONLY.test(mark.text)) return true;
    const middle = mark.x + mark.width / 2;
    const host = hosts.find((other) => middle > other.x + 1 && middle < other.x + other.width - 1);
    if (!host) return true;
    // Characters are taken as equally wide; the host's text runs from its right end.
    const chars = [...host.text];
    const at = ((host.x + host.width - middle) / host.width) * chars.length;
    let best = -1;
    chars.forEach((char, i) => {
      if (/\s/.test(char) && (best < 0 || Math.abs(i - at) < Math.abs(best - at))) best = i;
    });
    if (best < 0) return true;
    host.text = chars.slice(0, best).join('') + mark.text + chars.slice(best).join('');
    return false;
  });
}

/**
 * pdf.js may give the brackets on both sides of an Arabic letter as one item, a space standing
 * where the letter is ("– )) (" across "أ" in "13 (أ)) –"), or a blank item lying on the letter:
 * such an item is cut at its spaces (characters taken as equally wide), and a blank piece lying on
 * a right-to-left item is dropped, so each bracket is read on its own side of the letter.
 */
function withoutBlanksOnLetters(items: readonly PdfTextItem[]): PdfTextItem[] {
  if (items.length > MAX_ITEMS_REPAIRED) return [...items];
  const letters = items.filter((item) => directionOf(item) === 'rtl' && item.width > 0);
  const onLetter = (piece: PdfTextItem) => {
    const middle = piece.x + piece.width / 2;
    return letters.some((letter) => middle > letter.x && middle < letter.x + letter.width);
  };
  const overlapsLetter = (item: PdfTextItem) =>
    letters.some((letter) => item.x < letter.x + letter.width - 1 && letter.x < item.x + item.width - 1);
  return items.flatMap((item) => {
    if (item.text.trim() === '') return onLetter(item) ? [] : [item];
    if (!/\s/u.test(item.text) || !/^[^\p{L}\p{N}]+$/u.test(item.text) || !overlapsLetter(item)) return [item];
    const chars = [...item.text];
    const step = item.width / chars.length;
    let at = 0;
    return (item.text.match(/\s+|[^\s]+/gu) ?? []).flatMap((text) => {
      const piece = { ...item, text, x: item.x + at * step, width: [...text].length * step };
      at += [...text].length;
      return text.trim() === '' && onLetter(piece) ? [] : [piece];
    });
  });
}

/** The items of a right-to-left line (given left to right) in reading order. */
export function rightToLeftOrder(placed: readonly PdfTextItem[]): PdfTextItem[] {
  // By right ends: of two items starting at one point (a space and a bracket), the one reaching
  // further right is read first.
  const sortedByX = withPunctuationInside(withoutBlanksOnLetters(placed)).sort(
    (a, b) => a.x + a.width - (b.x + b.width),
  );
  const directions = sortedByX.map(directionOf);
  const groups: PdfTextItem[][] = [];
  let i = 0;
  while (i < sortedByX.length) {
    if (directions[i] !== 'ltr') {
      groups.push([readFromRight(sortedByX[i]!)]);
      i++;
      continue;
    }
    // A left-to-right stretch, with the digits, spaces and punctuation between its words.
    let end = i;
    for (let j = i + 1; j < sortedByX.length; j++) {
      if (directions[j] === 'rtl') break;
      if (directions[j] === 'ltr') end = j;
    }
    groups.push(sortedByX.slice(i, end + 1));
    i = end + 1;
  }
  return groups.reverse().flat();
}

const OPENING_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const CLOSING_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * A paragraph with right-to-left text: a bracket set between it and left-to-right text is printed
 * mirrored, and pdf.js reads the shape (")sometimes … teams(" for "(sometimes … teams)"). A
 * bracket facing away from the words it hugs is turned back: a closing one after a space (or at
 * the start) and before a letter or digit opens, an opening one after a word and before a space,
 * a full stop or the end closes. Texts are the paragraph's runs in order.
 */
export function logicalBrackets(texts: readonly string[]): string[] {
  const all = texts.join('');
  if (!RTL_LETTER.test(all) || !/[()[\]{}]/u.test(all)) return [...texts];
  const chars = [...all];
  const turned = chars.map((char, i) => {
    const before = chars[i - 1];
    const after = chars[i + 1];
    const spaceBefore = before === undefined || /\s/u.test(before);
    const wordBefore = before !== undefined && /[\p{L}\p{N}]/u.test(before);
    if (OPENING_OF[char] && spaceBefore && after !== undefined && /[\p{L}\p{N}]/u.test(after)) return OPENING_OF[char];
    if (CLOSING_OF[char] && wordBefore && (after === undefined || /[\s.,;:]/u.test(after))) return CLOSING_OF[char];
    return char;
  });
  // Back into runs of the same lengths.
  const out: string[] = [];
  let at = 0;
  for (const text of texts) {
    const length = [...text].length;
    out.push(turned.slice(at, at + length).join(''));
    at += length;
  }
  return out;
}
