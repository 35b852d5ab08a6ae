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

/**
 * The distinct terms of a text, for the index. A joined word ("l’égard", "ICT-related", "1,000") is
 * indexed whole and by its parts, so "egard" and "related" find it too.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of tokenize(text)) {
    if (terms.size >= MAX_TERMS) break;
    terms.add(word.slice(0, MAX_TERM_LENGTH));
    if (WORD_JOINERS.test(word))
      for (const part of word.split(WORD_JOINERS)) if (part) terms.add(part.slice(0, MAX_TERM_LENGTH));
  }
  return [...terms];
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
