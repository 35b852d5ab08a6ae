// Section status rules: the outline suggests a status from the text, but a status the user set
// to "review" or "final" is theirs and is never changed automatically.
import { NORM_LETTERS, type Draft, type NormLetter, type Section, type SectionStatus } from './draft';
import { sectionWordCount } from './words';

export function suggestedStatus(section: Pick<Section, 'status' | 'content'>): SectionStatus {
  if (section.status === 'review' || section.status === 'final') return section.status;
  return sectionWordCount(section.content) > 0 ? 'drafting' : 'empty';
}

/** How many of the 11 norms have at least one norm section with words in it. */
export function normsWritten(draft: Pick<Draft, 'sections'>): number {
  const written = new Set<NormLetter>();
  for (const section of draft.sections) {
    if (section.kind === 'norm' && section.norm !== null && sectionWordCount(section.content) > 0) written.add(section.norm);
  }
  return NORM_LETTERS.filter((letter) => written.has(letter)).length;
}
