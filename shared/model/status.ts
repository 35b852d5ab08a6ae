// Section status rules: the outline suggests a status from the text, but a status the user set
// to "review" or "final" is theirs and is never changed automatically.
import type { Draft, Section, SectionStatus } from './draft';
import { draftTotals } from './summary';
import { sectionWordCount } from './words';

export function suggestedStatus(section: Pick<Section, 'status' | 'content'>): SectionStatus {
  if (section.status === 'review' || section.status === 'final') return section.status;
  return sectionWordCount(section.content) > 0 ? 'drafting' : 'empty';
}

/** How many of the 11 norms have at least one norm section with words in it (as draftTotals counts). */
export function normsWritten(draft: Pick<Draft, 'sections'>): number {
  return draftTotals(
    draft.sections.map((s) => ({ kind: s.kind, norm: s.norm, words: sectionWordCount(s.content), footnotes: 0 })),
  ).normsWritten;
}
