// Heading text as the recognisers compare it: Unicode-normalised, lower case, one kind of dash
// and space, Arabic-Indic digits as ASCII, list numbering and trailing punctuation removed.

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Without direction marks, as our own Arabic export writes around an English official text. */
export function withoutDirectionMarks(text: string): string {
  return text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '');
}

export function normalizeHeading(text: string): string {
  return withoutDirectionMarks(text.normalize('NFKC'))
    .replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Without a leading "1.", "IV.", "A)", "2.3", "一、" or "(一)" and without trailing ":", "." or "。". */
export function stripNumbering(normalized: string): string {
  return normalized
    .replace(
      /^(?:(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivx]{1,5}[.)]|[a-h][.)])\s+|[一二三四五六七八九十]{1,3}、\s*|\([一二三四五六七八九十]{1,3}\)\s*)/u,
      '',
    )
    .replace(/[\s:.;,!\-。、]+$/u, '')
    .trim();
}

/** Tatweel, and the short vowels and dagger alef written over or under Arabic letters. */
const ARABIC_MARKS = /\u0640|(?<=\p{Script=Arabic})\p{Mn}+/gu;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
/** "ال" at the start of a word, or after the conjunction "و", when a real word follows. */
const ARABIC_ARTICLE = /(?<!\p{L})(و?)ال(?=\p{L}{2})/gu;

/**
 * Arabic heading words as the section vocabulary compares them: without the article (so
 * "النهج الوطني" reads as "نهج وطني"), tatweel and short vowels, with one alef and one final yeh.
 */
export function foldArabic(normalized: string): string {
  return normalized
    .replace(ARABIC_MARKS, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(ARABIC_ARTICLE, '$1');
}

export function wordCount(normalized: string): number {
  return normalized.split(/[\s\p{P}]+/u).filter(Boolean).length;
}

/** Content words for similarity: letters and digits, two characters or more, no stop words. */
const STOP_WORDS = new Set(
  'the of to and in a an that or be for by with their its on as such should may other this these those is are at from into it any all'.split(
    ' ',
  ),
);

export function contentTokens(text: string): Set<string> {
  const tokens = normalizeHeading(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length >= 2 && !STOP_WORDS.has(token))
    .map((token) => token.replace(/(?<=\p{L}{3})s$/u, ''));
  return new Set(tokens);
}
