// The lines of the "Changes since the last edition" annex (shared/edition/changes.ts), in the
// document's language: its heading and introduction, then per changed section its name and each
// removed or added stretch. The Word writer (changes-annex.ts) and the print layout both write
// these lines. Pure and free of the docx library.
import type { Draft } from '../model/draft';
import { formatLongDate } from '../model/dates';
import type { Language } from '../model/languages';
import { changesSinceLastEdition } from '../edition/changes';
import { annexSectionName } from './answer-texts';
import { changesAnnexWords, fill } from './document-words';
import { outlineLine, type OutlineLine } from './outline-line';
import { STYLE } from './style-names';

/** The annex's lines (a page break goes before them); null for a draft that is not an edition of another. */
export function changesAnnexLines(
  draft: Pick<Draft, 'sections' | 'edition'>,
  language: Language,
): OutlineLine[] | null {
  const changed = changesSinceLastEdition(draft);
  if (!changed || !draft.edition) return null;
  const words = changesAnnexWords(language);
  const { previousTitle, previousDate } = draft.edition;
  const lines = [
    ...outlineLine(words.heading, STYLE.headings[0]),
    ...outlineLine(fill(words.intro, { title: previousTitle, date: formatLongDate(previousDate, language) }), ''),
  ];
  if (changed.length === 0) lines.push(...outlineLine(words.none, ''));
  for (const { section, changes } of changed) {
    lines.push(...outlineLine(annexSectionName(section, { language }), STYLE.headings[1]));
    for (const change of changes) lines.push(...outlineLine(fill(words[change.kind], { text: change.text }), ''));
  }
  return lines;
}
