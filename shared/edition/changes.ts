// What changed in each section since the last edition: the section's text now against its text
// in the previous edition (EditionLink.previousTexts), word by word (shared/diff/word-diff.ts).
// Sections whose words did not change are not listed. Fields read as their placeholders on both
// sides (editionTexts), so new details are not listed as changed text.
import { wordChanges, type WordChange } from '../diff/word-diff';
import type { Draft, Section } from '../model/draft';
import { sectionPlainText } from '../model/text';

export interface SectionChanges {
  section: Section;
  changes: WordChange[];
}

/** Null for a draft that is not an edition of another. */
export function changesSinceLastEdition(draft: Pick<Draft, 'sections' | 'edition'>): SectionChanges[] | null {
  if (!draft.edition) return null;
  const before = new Map(draft.edition.previousTexts.map((entry) => [entry.sectionId, entry.text]));
  return draft.sections.flatMap((section) => {
    const changes = wordChanges(before.get(section.id) ?? '', sectionPlainText(section.content));
    return changes.length > 0 ? [{ section, changes }] : [];
  });
}
