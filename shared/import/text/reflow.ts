// Text wrapped at a fixed width without blank lines between paragraphs (text copied out of a PDF):
// a paragraph ends on a line that could have taken the next line's first word, when that line
// ends a sentence or the next one starts afresh; a norm heading always starts a paragraph, and
// takes the next one back when that goes on quoting the norm's official text.
import { normFromPattern, normOverlap } from '../map/norms';

/** A line ending a sentence, perhaps with a closing quote or bracket and a note mark after it. */
const SENTENCE_END = /[.!?:;。！？]["'’”)\]]*(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;
/** Lines at least this long (the longer quarter of a group) tell that it was wrapped. */
const MIN_WRAP = 50;

/** The length of the longer quarter of the lines. */
function wideLength(lines: readonly string[]): number {
  const lengths = lines.map((line) => line.trim().length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0;
}

const firstWord = (line: string) => line.trim().split(/\s+/)[0] ?? '';

/** Whether lines without blank lines between them are paragraphs wrapped line by line (many lines go on in lower case). */
export function looksWrapped(lines: readonly string[]): boolean {
  let goesOn = 0;
  for (let i = 0; i + 1 < lines.length; i++)
    if (!SENTENCE_END.test(lines[i]!.trim()) && STARTS_LOWER.test(lines[i + 1]!)) goesOn++;
  return goesOn >= Math.max(1, lines.length / 5) && wideLength(lines) >= MIN_WRAP;
}

/** The group's lines split into paragraphs; a group that was not wrapped stays whole. */
export function splitWrapped(group: readonly string[], startsParagraph: (line: string) => boolean): string[][] {
  const wide = wideLength(group);
  if (group.length < 3 || wide < MIN_WRAP) return [group.slice()];
  const out: string[][] = [];
  let current: string[] = [];
  let currentWidth = 0;
  for (const [i, line] of group.entries()) {
    current.push(line);
    const next = group[i + 1];
    if (next === undefined) break;
    const text = line.trim();
    const fits = (width: number) => text.length + 1 + firstWord(next).length <= width;
    const ends = SENTENCE_END.test(text);
    const afresh = !STARTS_LOWER.test(next);
    // A paragraph's own lines give its width (a heading is set narrower than the text); a first
    // line alone must be short and end a sentence or be followed by a fresh start.
    currentWidth = Math.max(currentWidth, text.length);
    const width = current.length > 1 ? currentWidth : wide;
    const breaks =
      startsParagraph(next.trim()) ||
      (current.length > 1 ? fits(width) && (ends || afresh) : (ends && fits(width)) || (afresh && fits(width * 0.6)));
    if (breaks) {
      out.push(current);
      current = [];
      currentWidth = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return rejoinNormHeadings(out);
}

/**
 * A norm heading quoting the norm's text ends where the text does: the last sentence of a long
 * heading can look like a paragraph of its own ("States may need to consider…"), and goes back
 * to the heading when it raises the share of the official text quoted without adding other words.
 */
function rejoinNormHeadings(paragraphs: string[][]): string[][] {
  const out: string[][] = [];
  for (const paragraph of paragraphs) {
    const previous = out[out.length - 1];
    const letter = previous && normFromPattern(previous[0]!.trim());
    if (previous && letter) {
      const before = normOverlap(previous.join(' '), letter);
      const after = normOverlap([...previous, ...paragraph].join(' '), letter);
      if (after.recall > before.recall && after.precision >= before.precision) {
        previous.push(...paragraph);
        continue;
      }
    }
    out.push(paragraph);
  }
  return out;
}
