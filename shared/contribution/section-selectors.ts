// Which sections a contribution asks for, as typed on the command line: norm letters (a–k),
// section kinds (summary, approach, …) and `all`, comma-separated.
import { NORM_LETTERS, SECTION_KINDS, type Section } from '../model/draft';

export type SelectorResult =
  | { ok: true; ids: string[] }
  /** `unknown`: words that name nothing; `absent`: known names this draft has no section for. */
  | { ok: false; unknown: string[]; absent: string[] };

const isLetter = (word: string): word is (typeof NORM_LETTERS)[number] =>
  (NORM_LETTERS as readonly string[]).includes(word);
const isKind = (word: string): word is (typeof SECTION_KINDS)[number] =>
  (SECTION_KINDS as readonly string[]).includes(word);

/** The ids of the sections named, in the draft's order. */
export function selectSections(text: string, sections: readonly Section[]): SelectorResult {
  const words = text
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word !== '');
  const chosen = new Set<string>();
  const unknown: string[] = [];
  const absent: string[] = [];
  for (const word of words) {
    const matches =
      word === 'all'
        ? sections
        : isLetter(word)
          ? sections.filter((section) => section.norm === word)
          : isKind(word)
            ? sections.filter((section) => section.kind === word)
            : null;
    if (matches === null) unknown.push(word);
    else if (matches.length === 0) absent.push(word);
    else for (const section of matches) chosen.add(section.id);
  }
  if (unknown.length > 0 || absent.length > 0 || chosen.size === 0) return { ok: false, unknown, absent };
  return { ok: true, ids: sections.filter((section) => chosen.has(section.id)).map((section) => section.id) };
}

/** What the selectors may be, for messages. */
export const SELECTOR_HELP = `norm letters (${NORM_LETTERS[0]}–${NORM_LETTERS.at(-1)}), section kinds (${SECTION_KINDS.join(', ')}) or all`;
