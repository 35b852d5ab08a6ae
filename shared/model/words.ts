// Word counts as a word processor shows them, because UN word limits are checked that way:
// space-separated words for Latin, Arabic and Cyrillic scripts (hyphenated terms and "13(a)"
// count once), and each Chinese or Japanese character counts as one word. Intl.Segmenter is not
// used on purpose: it splits "ICT-dependent" in two and its Chinese dictionary groups
// characters into words, and its results vary with the engine's ICU version.
import type { Draft } from './draft';
import type { SerializedEditorState } from './lexical-json';
import { sectionPlainText } from './text';

const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The start of a space-separated token that holds a letter or digit, up to that letter or digit. */
const WORD = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

export function countWords(text: string): number {
  // Without East Asian characters each such token is one word: one native scan counts them
  // all (testing token by token was a noticeable part of importing a long document).
  if (!EAST_ASIAN.test(text)) return text.match(WORD)?.length ?? 0;
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (!EAST_ASIAN.test(token)) {
      if (LETTER_OR_DIGIT.test(token)) count += 1;
      continue;
    }
    // Inside one space-separated token, a run of letters and digits counts once even across
    // punctuation; each East Asian character counts alone and ends the run.
    let inRun = false;
    for (const char of token) {
      if (EAST_ASIAN.test(char)) {
        count += 1;
        inRun = false;
      } else if (!inRun && LETTER_OR_DIGIT.test(char)) {
        count += 1;
        inRun = true;
      }
    }
  }
  return count;
}

/** Words in a section's body and in its footnotes. */
export function sectionWordCount(content: SerializedEditorState): number {
  return countWords(sectionPlainText(content));
}

/** Words in all sections' content (headings, including the official norm texts, not counted). */
export function draftWordCount(draft: Draft): number {
  return draft.sections.reduce((sum, section) => sum + sectionWordCount(section.content), 0);
}
