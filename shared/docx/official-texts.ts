// Official norm texts the user provided for the draft's language (only English ships). They
// reach the writer from the app's library, through the export worker, so they are read as
// untrusted: only known norm letters with a non-empty text of sensible length are kept.
import { NORM_LETTERS, type NormLetter } from '../model/draft';

export type OfficialTexts = Partial<Record<NormLetter, string>>;

/** Longer than any norm's official text in any of the six languages. */
export const MAX_OFFICIAL_TEXT_CHARS = 3000;

export function parseOfficialTexts(raw: unknown): OfficialTexts {
  const texts: OfficialTexts = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return texts;
  for (const letter of NORM_LETTERS) {
    if (!Object.hasOwn(raw, letter)) continue;
    const value: unknown = (raw as Record<string, unknown>)[letter];
    if (typeof value !== 'string') continue;
    const text = value.replace(/\s+/g, ' ').trim();
    if (text && text.length <= MAX_OFFICIAL_TEXT_CHARS) texts[letter] = text;
  }
  return texts;
}
