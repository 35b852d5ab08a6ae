// The 11 norms of paragraph 13 (a)-(k) of A/70/174 and their official English text, verbatim.
// Only English ships: other languages' official texts are pasted by the user (never invented).
import data from '../../templates/norms.official.json';
import type { NormLetter } from '../model/draft';
import { NORM_LETTERS } from '../model/draft';
import type { Language } from '../model/languages';
import { formatNormLabel, normLabelSeparator } from './labels';

export interface OfficialNorm {
  letter: NormLetter;
  /** 1..11 */
  number: number;
  officialTextEn: string;
}

export const OFFICIAL_NORMS: readonly OfficialNorm[] = data.norms.map((n) => {
  if (!(NORM_LETTERS as readonly string[]).includes(n.letter)) throw new Error(`Unknown norm letter ${n.letter}`);
  return { letter: n.letter as NormLetter, number: n.number, officialTextEn: n.officialText.en };
});

export function officialNorm(letter: NormLetter): OfficialNorm {
  const norm = OFFICIAL_NORMS.find((n) => n.letter === letter);
  if (!norm) throw new Error(`No official text for norm ${letter}`);
  return norm;
}

/** "Norm 7 (UNGGE 2015 report, paragraph 13g)": the lead-in the non-papers use, in the document's language. */
export function normLabel(letter: NormLetter, language: Language = 'en'): string {
  return formatNormLabel(officialNorm(letter).number, letter, language);
}

/**
 * "Norm 7 (UNGGE 2015 report, paragraph 13g) – <text>": the label in `language`, then the text
 * exactly as given (the English official text unless the user provided one).
 */
export function normHeadingLine(
  letter: NormLetter,
  text: string = officialNorm(letter).officialTextEn,
  language: Language = 'en',
): string {
  return `${normLabel(letter, language)}${normLabelSeparator(language)}${text}`;
}
