// Text as it goes into the XML: Arabic-document text is split into direction runs so that Latin
// names inside Arabic stay in reading order (characters XML cannot hold: ooxml/xml/escape.ts).

export interface DirectionSegment {
  text: string;
  rtl: boolean;
}

const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** A left-to-right letter, or the left-to-right mark (U+200E), which is as strong. */
const LTR_LETTER =
  /\u200E|(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}])\p{L}/u;

export const LEFT_TO_RIGHT_MARK = '\u200E';

export function hasRightToLeftText(text: string): boolean {
  return RTL_SCRIPT.test(text);
}

/** Text with left-to-right letters and no right-to-left ones, e.g. an English paragraph in an Arabic draft. */
export function isLeftToRightOnly(text: string): boolean {
  return LTR_LETTER.test(text) && !RTL_SCRIPT.test(text);
}

/**
 * In a right-to-left draft every paragraph is right-to-left, except one that holds only
 * left-to-right text, such as the English official text of a norm: written RTL, its final full
 * stop would be shown at the wrong end. In other drafts a paragraph is RTL when the editor
 * says so (e.g. an Arabic quotation in an English draft).
 */
export function paragraphIsRightToLeft(
  rightToLeftDocument: boolean,
  text: string,
  direction: 'ltr' | 'rtl' | null | undefined,
): boolean {
  return rightToLeftDocument ? !isLeftToRightOnly(text) : direction === 'rtl';
}

/**
 * Splits text of a right-to-left document the way Word itself stores it: each stretch from the
 * first to the last left-to-right letter of a Latin (or Cyrillic, ...) phrase is one LTR run;
 * everything else, including the spaces and punctuation around it, is RTL. Digits and other
 * neutral characters between two LTR letters stay inside the LTR run.
 */
export function directionSegments(text: string): DirectionSegment[] {
  if (text === '') return [];
  if (isLeftToRightOnly(text)) return [{ text, rtl: false }];
  const segments: DirectionSegment[] = [];
  let start = 0; // start of the open segment
  let inLtr = false;
  let lastLtrEnd = 0; // index just after the last LTR letter of the open LTR segment
  let index = 0;
  const push = (from: number, to: number, rtl: boolean) => {
    if (to > from) segments.push({ text: text.slice(from, to), rtl });
  };
  for (const char of text) {
    const ltrLetter = LTR_LETTER.test(char);
    if (ltrLetter) {
      if (!inLtr) {
        push(start, index, true);
        start = index;
        inLtr = true;
      }
      lastLtrEnd = index + char.length;
    } else if (inLtr && RTL_SCRIPT.test(char)) {
      push(start, lastLtrEnd, false);
      start = lastLtrEnd;
      inLtr = false;
    }
    index += char.length;
  }
  if (inLtr) {
    push(start, lastLtrEnd, false);
    push(lastLtrEnd, text.length, true);
  } else push(start, text.length, true);
  return segments;
}
