// What a word is, for every part of the app that looks at words: the word count, library search
// and the comparison of versions. One definition, so that a word search finds is a word the
// comparison marks as changed and a word the count counts.
//
// A word is a run of letters, marks and digits that starts with a letter or digit. Inside it an
// apostrophe, hyphen or underscore joins two runs ("l’égard", "ICT-related"), and ".", "," or
// the Arabic separators join digits ("1,000", "3.5", "١٬٠٠٠"), so a number reads as one word.
// Each Chinese or Japanese character is a word by itself (there are no spaces to split on).
// Intl.Segmenter is not used on purpose: it splits "ICT-dependent" in two, its Chinese dictionary
// groups characters into words, and its results vary with the engine's ICU version.

const EAST_ASIAN_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC';
const NOT_EAST_ASIAN = `(?![${EAST_ASIAN_CLASS}])`;
const JOINER = `(?:['’_-]|(?<=\\p{N})[.,\\u066B\\u066C](?=\\p{N}))`;
const OTHER_WORD = `${NOT_EAST_ASIAN}[\\p{L}\\p{N}](?:${NOT_EAST_ASIAN}[\\p{L}\\p{M}\\p{N}])*(?:${JOINER}(?:${NOT_EAST_ASIAN}[\\p{L}\\p{M}\\p{N}])+)*`;
const WORD_SOURCE = `[${EAST_ASIAN_CLASS}]|${OTHER_WORD}`;

const WORDS = new RegExp(WORD_SOURCE, 'gu');
/** Words, runs of spaces, line breaks and single other characters: a text cut so nothing is lost. */
const PIECES = new RegExp(`${WORD_SOURCE}|\\n|[^\\S\\n]+|[^]`, 'gu');
const EAST_ASIAN = new RegExp(`[${EAST_ASIAN_CLASS}]`, 'u');
const WORDLIKE = /[\p{L}\p{N}]/u;
/** What joins the parts of one word; a word split at them gives its parts ("ICT-related"). */
export const WORD_JOINERS = /['’_.,\u066B\u066C-]+/u;

/** The words of a text, in order, duplicates kept. */
export function wordsOf(text: string): string[] {
  return text.match(WORDS) ?? [];
}

/** The whole text cut into words, runs of spaces, line breaks and single other characters. */
export function textPieces(text: string): string[] {
  return text.match(PIECES) ?? [];
}

/** True for a piece of `textPieces` that is a word. */
export function isWord(piece: string): boolean {
  return WORDLIKE.test(piece);
}

/** The start of a space-separated stretch that holds a word, up to its first letter or digit. */
const COUNTED = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

/**
 * Words as a word processor counts them, because UN word limits are checked that way: the words
 * of one space-separated stretch count once ("13(a)", "and/or"), except Chinese and Japanese
 * characters, which count one by one.
 */
export function countWords(text: string): number {
  // Without East Asian characters each stretch holding a word counts once: one native scan
  // counts them all (going word by word was a noticeable part of importing a long document).
  if (!EAST_ASIAN.test(text)) return text.match(COUNTED)?.length ?? 0;
  let count = 0;
  for (const stretch of text.split(/\s+/u)) {
    if (!EAST_ASIAN.test(stretch)) {
      if (WORDLIKE.test(stretch)) count += 1;
      continue;
    }
    // Inside one stretch, letters and digits count once even across punctuation ("13(a)"); each
    // East Asian character counts alone and ends the run.
    let inRun = false;
    for (const char of stretch) {
      if (EAST_ASIAN.test(char)) {
        count += 1;
        inRun = false;
      } else if (!inRun && WORDLIKE.test(char)) {
        count += 1;
        inRun = true;
      }
    }
  }
  return count;
}
