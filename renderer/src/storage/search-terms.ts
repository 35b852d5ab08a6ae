// Search works on an index of terms rather than on stored text, so that searching 1,000 drafts
// reads index keys only. A term is a folded word, as the word count and the comparison of
// versions see words; Chinese and Japanese characters are one term each (no spaces to split on),
// so any run of them matches character by character.
import { WORD_JOINERS, wordsOf } from '../../../shared/model/word-tokens';

/** Longest term kept: longer "words" are usually pasted URLs or hashes. */
const MAX_TERM_LENGTH = 48;
/** A cap per section keeps one pathological paste from bloating the index. */
const MAX_TERMS = 20_000;

/** Lower case without diacritics or Arabic vowel marks, so "Égalité" matches "egalite". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text (shared/model/word-tokens.ts), folded, in order, duplicates kept (for queries). */
export function tokenize(text: string): string[] {
  return wordsOf(fold(text));
}

/** Adds the terms of `text` to `terms`, stopping once it holds `max`. */
function addTerms(text: string, terms: Set<string>, max: number): void {
  for (const word of tokenize(text)) {
    if (terms.size >= max) break;
    terms.add(word.slice(0, MAX_TERM_LENGTH));
    if (WORD_JOINERS.test(word))
      for (const part of word.split(WORD_JOINERS)) if (part) terms.add(part.slice(0, MAX_TERM_LENGTH));
  }
}

/**
 * The distinct terms of a text, for the index. A joined word ("l’égard", "ICT-related", "1,000") is
 * indexed whole and by its parts, so "egard" and "related" find it too.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  addTerms(text, terms, MAX_TERMS);
  return [...terms];
}

/** Lines whose terms are kept, and the longest line kept (a pasted wall of text is read each time). */
const LINES_KEPT = 2_000;
const LONGEST_LINE_KEPT = 20_000;
const termsOfLine = new Map<string, readonly string[]>();

/**
 * `searchTerms` for a section saved again and again while it is written (autosave): read line by
 * line, each line's terms kept, so a save reads again only the lines that changed. Folding and
 * Arabic words in particular are slow to read (regular expressions over non-Latin text): reading a
 * long Arabic section whole on every save held the page for a keystroke (bench/). No word spans a
 * line break and folding keeps to a line, so the terms and their order are those of `searchTerms`.
 */
export function sectionSearchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const line of text.split('\n')) {
    let found = termsOfLine.get(line);
    if (!found) {
      const own = new Set<string>();
      addTerms(line, own, Infinity);
      found = [...own];
      if (line.length <= LONGEST_LINE_KEPT) {
        if (termsOfLine.size >= LINES_KEPT) termsOfLine.clear();
        termsOfLine.set(line, found);
      }
    }
    for (const term of found) terms.add(term);
  }
  // Past the cap, which words are kept depends on where reading stopped: read whole, as the index does.
  return terms.size < MAX_TERMS ? [...terms] : searchTerms(text);
}

/** Digit separators inside a number ("1,000", "3.5"). */
const NUMBER_SEPARATORS = /[.,\u066B\u066C]/u;

/**
 * The query's distinct terms; every one must match (as a prefix) for a draft to be found. A number
 * is looked up by its parts: sections indexed before a number was one word hold only those.
 */
export function queryTerms(query: string): string[] {
  const words = tokenize(query).flatMap((word) =>
    NUMBER_SEPARATORS.test(word) ? word.split(NUMBER_SEPARATORS) : [word],
  );
  return [...new Set(words.filter(Boolean).map((t) => t.slice(0, MAX_TERM_LENGTH)))];
}
