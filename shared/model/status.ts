// Section status rules: the outline suggests a status from the text, but a status the user set
// to "review" or "final", or a new edition's "update", is theirs and is never changed automatically.
import type { Draft, Section, SectionStatus } from './draft';
import { draftTotals } from './summary';
import { sectionWordCount } from './words';

export function suggestedStatus(section: Pick<Section, 'status' | 'content'>): SectionStatus {
  return statusForWords(section.status, sectionWordCount(section.content));
}

/** suggestedStatus for a section whose words are already counted. */
export function statusForWords(status: SectionStatus, words: number): SectionStatus {
  if (status === 'review' || status === 'final' || status === 'update') return status;
  return words > 0 ? 'drafting' : 'empty';
}

/** How many of the 11 norms have at least one norm section with words in it (as draftTotals counts). */
export function normsWritten(draft: Pick<Draft, 'sections'>): number {
  return draftTotals(
    draft.sections.map((s) => ({ kind: s.kind, norm: s.norm, words: sectionWordCount(s.content), footnotes: 0 })),
  ).normsWritten;
}
