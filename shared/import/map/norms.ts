// Recognises a norm heading in its real forms: "Norm 7 (UNGGE 2015 report, paragraph 13g) – …",
// "13(g)", "13 (g)", "Norm (g)", "Paragraph 13 (g)", the same in French, Spanish, Russian,
// Chinese and Arabic where a number or letter pattern says it (the labels our own export writes
// among them: "paragraphe 13 g)", "第13(g)段", "الفقرة 13 (ز)"), or a heading that quotes the
// norm's official text or most of it (token overlap, so "agreed" for "acknowledged" still matches).
import { NORM_LETTERS, type NormLetter } from '../../model/draft';
import { ARABIC_PARAGRAPH_LETTERS, letterOfArabicParagraphLetter } from '../../norms/letters';
import { OFFICIAL_NORMS } from '../../norms/official';
import { contentTokens, normalizeHeading } from './normalize';

const NORM_WORD = '(?:norm|norme|norma|норма|规范|准则|القاعدة|المعيار)';
const BY_NUMBER = new RegExp(`^${NORM_WORD}\\s*(?:no\\.?|n°|nº|№|#)?\\s*(\\d{1,2})(?![\\d.])`, 'u');
const BY_LETTER = new RegExp(`^${NORM_WORD}\\s*(?:13\\s*)?\\(([a-k])\\)`, 'u');
const PARAGRAPH_WORD = '(?:paragraph|para\\.?|paragraphe|párrafo|parrafo|пункт|第|الفقرة)';
/** An Arabic sub-paragraph letter (أ … ك), the tatweel of هـ optional. */
const ARABIC_LETTER = `(?:${Object.values(ARABIC_PARAGRAPH_LETTERS)
  .map((l) => `${l.replace(/\u0640/g, '')}\u0640?`)
  .join('|')})`;
/** After "13": "(g)", "g" alone, "g)" after a space (French, Spanish, Russian), or "(ز)" (Arabic). */
const SUB_PARAGRAPH = `(?:\\s*\\(([a-k])\\)|([a-k])(?![\\p{L}\\d])|\\s+([a-k])\\)|\\s*\\((${ARABIC_LETTER})\\))`;
const BY_PARAGRAPH = new RegExp(`^(?:${PARAGRAPH_WORD}\\s*)?13(?:\\s*段)?${SUB_PARAGRAPH}`, 'u');
/** The paragraph reference inside a "Norm N (… paragraph 13x)" line, which wins over N. */
const PARAGRAPH_REFERENCE = new RegExp(`(?<!\\d)13${SUB_PARAGRAPH}`, 'u');
/** How far past the norm's number its paragraph reference may sit: our longest label (French) has it ~70 characters on. */
const REFERENCE_WINDOW = 120;

/** The norm a SUB_PARAGRAPH match names, whichever of its forms matched. */
function letterOfMatch(match: RegExpExecArray): NormLetter | null {
  const [, parenthesised, bare, closing, arabic] = match;
  const latin = parenthesised ?? bare ?? closing;
  if (latin) return latin as NormLetter;
  return arabic ? letterOfArabicParagraphLetter(arabic) : null;
}

function letterOfNumber(value: number): NormLetter | null {
  return value >= 1 && value <= 11 ? NORM_LETTERS[value - 1]! : null;
}

/** "… (norm b)", "… (norm 2)", "… (paragraph 13 (b))", "… (13b)" closing a heading of a few words. */
const TRAILING_REFERENCE = new RegExp(
  `\\s*\\((?:${NORM_WORD}\\s*(?:(\\d{1,2})|(?:13\\s*)?\\(?([a-k])\\)?)|(?:${PARAGRAPH_WORD}\\s*)?13\\s*\\(?([a-k])\\)?)\\)[\\s:.]*$`,
  'iu',
);
const MAX_WORDS_BEFORE_REFERENCE = 12;

/** The norm a heading's closing reference names, and where that reference starts, else null. */
export function trailingNormReference(text: string): { letter: NormLetter; at: number } | null {
  const match = TRAILING_REFERENCE.exec(text);
  if (!match || match.index === 0) return null;
  if (text.slice(0, match.index).trim().split(/\s+/u).length > MAX_WORDS_BEFORE_REFERENCE) return null;
  const [, number, letter, paragraphLetter] = match;
  const found = number ? letterOfNumber(Number(number)) : ((letter ?? paragraphLetter)!.toLowerCase() as NormLetter);
  return found ? { letter: found, at: match.index } : null;
}

/** A norm named by number or letter at the start of the heading (or closing it in brackets), else null. */
export function normFromPattern(text: string): NormLetter | null {
  // "1. Norm 4 …", "IV. Paragraph 13 (d)": outline numbering before the norm's name.
  const normalized = normalizeHeading(text).replace(/^(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,5})[.)]\s+/u, '');
  const byNumber = BY_NUMBER.exec(normalized);
  if (byNumber) {
    const reference = PARAGRAPH_REFERENCE.exec(normalized.slice(0, byNumber[0].length + REFERENCE_WINDOW));
    return (reference && letterOfMatch(reference)) ?? letterOfNumber(Number(byNumber[1]));
  }
  const byLetter = BY_LETTER.exec(normalized);
  if (byLetter) return byLetter[1] as NormLetter;
  const byParagraph = BY_PARAGRAPH.exec(normalized);
  if (byParagraph) return letterOfMatch(byParagraph);
  return trailingNormReference(normalized)?.letter ?? null;
}

const OFFICIAL_TOKENS = OFFICIAL_NORMS.map((norm) => ({
  letter: norm.letter,
  tokens: contentTokens(norm.officialTextEn),
}));

/** Share of the official text's content words the heading contains (0..1), and of its own words that are the norm's. */
export function normOverlap(text: string, letter: NormLetter): { recall: number; precision: number } {
  const heading = contentTokens(text);
  const official = OFFICIAL_TOKENS.find((n) => n.letter === letter)!.tokens;
  let shared = 0;
  for (const token of official) if (heading.has(token)) shared++;
  return { recall: shared / official.size, precision: heading.size === 0 ? 0 : shared / heading.size };
}

export const NORM_TEXT_THRESHOLD = { recall: 0.6, precision: 0.6, margin: 0.15 };

/** The norm whose official text the heading quotes (most of it, few other words), else null. */
export function normFromText(text: string): NormLetter | null {
  const scores = NORM_LETTERS.map((letter) => ({ letter, ...normOverlap(text, letter) })).sort(
    (a, b) => b.recall - a.recall,
  );
  const [best, second] = scores as [(typeof scores)[0], (typeof scores)[0]];
  if (best.recall < NORM_TEXT_THRESHOLD.recall || best.precision < NORM_TEXT_THRESHOLD.precision) return null;
  return best.recall - second.recall >= NORM_TEXT_THRESHOLD.margin ? best.letter : null;
}

export function recognizeNorm(text: string): NormLetter | null {
  return normFromPattern(text) ?? normFromText(text);
}
