// The official norm texts the user provides. Only the English official text ships; for another
// document language the user pastes the official text once per norm, and every draft in that
// language (and its export) uses it. The app never writes or translates a norm text itself.
import type { NormLetter } from '../../../shared/model/draft';
import { NORM_LETTERS } from '../../../shared/model/draft';
import { isLanguage, type Language } from '../../../shared/model/languages';
import { officialNorm } from '../../../shared/norms/official';
import { MAX_OFFICIAL_TEXT_CHARS } from '../../../shared/docx/official-texts';
import type { DrafterDb, NormTextRow } from '../storage/db';

/** The same limit as the Word export's: far longer than any norm's official text in any language. */
export const MAX_NORM_TEXT_CHARS = MAX_OFFICIAL_TEXT_CHARS;

export type NormTextProblem = 'empty' | 'too-long' | 'english' | 'not-needed';

export type CleanedNormText = { ok: true; text: string } | { ok: false; problem: NormTextProblem };

/** Message keys (namespace `language`) for each problem, literal so they can be checked. */
export const NORM_TEXT_PROBLEM_KEYS = {
  empty: 'normText.errors.empty',
  'too-long': 'normText.errors.tooLong',
  english: 'normText.errors.english',
  'not-needed': 'normText.errors.notNeeded',
} as const satisfies Record<NormTextProblem, string>;

/**
 * What is kept of a pasted text: the words exactly as pasted, with line breaks and runs of
 * spaces (which pasting from a PDF or a web page brings) made single spaces. Nothing else changes.
 */
export function cleanNormText(language: Language, norm: NormLetter, raw: string): CleanedNormText {
  if (language === 'en') return { ok: false, problem: 'not-needed' };
  // Control characters other than whitespace never belong in a norm's text.
  const text = raw
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > MAX_NORM_TEXT_CHARS) return { ok: false, problem: 'too-long' };
  if (text === officialNorm(norm).officialTextEn) return { ok: false, problem: 'english' };
  return { ok: true, text };
}

export class NormTextError extends Error {
  constructor(readonly problem: NormTextProblem) {
    super(`The norm text was refused: ${problem}`);
    this.name = 'NormTextError';
  }
}

export class NormTextStore {
  constructor(
    private readonly db: DrafterDb,
    private readonly now: () => number = Date.now,
  ) {}

  /** The texts the user has provided in `language`, by norm letter. */
  async forLanguage(language: Language): Promise<Partial<Record<NormLetter, string>>> {
    if (language === 'en') return {};
    const rows = await this.db.normTexts.where('language').equals(language).toArray();
    const texts: Partial<Record<NormLetter, string>> = {};
    for (const row of rows)
      if ((NORM_LETTERS as readonly string[]).includes(row.norm) && row.text) texts[row.norm] = row.text;
    return texts;
  }

  async get(language: Language, norm: NormLetter): Promise<string | null> {
    if (language === 'en') return null;
    return (await this.db.normTexts.get([language, norm]))?.text ?? null;
  }

  /** Stores (or replaces) a text; bad input throws a NormTextError and changes nothing. */
  async save(language: Language, norm: NormLetter, raw: string): Promise<string> {
    if (!isLanguage(language) || !(NORM_LETTERS as readonly string[]).includes(norm))
      throw new NormTextError('not-needed');
    const cleaned = cleanNormText(language, norm, raw);
    if (!cleaned.ok) throw new NormTextError(cleaned.problem);
    const row: NormTextRow = { language, norm, text: cleaned.text, updatedAt: this.now() };
    await this.db.normTexts.put(row);
    return cleaned.text;
  }

  async remove(language: Language, norm: NormLetter): Promise<void> {
    await this.db.normTexts.delete([language, norm]);
  }
}
