// Search works on an index of terms rather than on stored text, so that searching 1,000 drafts
// reads index keys only. A term is a folded word; Chinese and Japanese characters are one term
// each (no spaces to split on), so any run of them matches character by character.

/** Longest term kept: longer "words" are usually pasted URLs or hashes. */
const MAX_TERM_LENGTH = 48;
/** A cap per section keeps one pathological paste from bloating the index. */
const MAX_TERMS = 20_000;

const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu;

/** Lower case without diacritics or Arabic vowel marks, so "Égalité" matches "egalite". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded, in order, duplicates kept (for queries). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of fold(text).matchAll(WORD)) {
    const word = match[0].replace(/['’_-]+$/u, '');
    if (!IDEOGRAPHIC.test(word)) {
      out.push(word);
      continue;
    }
    // Split mixed runs: ideographs one by one, other letters as words.
    let rest = '';
    for (const char of word) {
      if (IDEOGRAPHIC.test(char)) {
        if (rest) out.push(rest);
        rest = '';
        out.push(char);
      } else rest += char;
    }
    if (rest) out.push(rest);
  }
  return out;
}

const JOINERS = /['’_-]+/u;

/**
 * The distinct terms of a text, for the index. A joined word ("l’égard", "ICT-related") is
 * indexed whole and by its parts, so "egard" and "related" find it too.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of tokenize(text)) {
    if (terms.size >= MAX_TERMS) break;
    terms.add(word.slice(0, MAX_TERM_LENGTH));
    if (JOINERS.test(word)) for (const part of word.split(JOINERS)) if (part) terms.add(part.slice(0, MAX_TERM_LENGTH));
  }
  return [...terms];
}

/** The query's distinct terms; every one must match (as a prefix) for a draft to be found. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(query).map((t) => t.slice(0, MAX_TERM_LENGTH)))];
}
