// The public projection of a draft: what may reach a document sent outside (the Word export, the
// print layout). Review and internal data (contributors, merges, conflicts, clearance, marks on
// the text) are removed here, in one place; the DOCX writer accepts only this type, so a path
// that skipped it would not compile. Pending suggestions are not part of the text: an insertion
// is left out and a deletion kept until accepted; comment ranges leave only their words. Structured
// fields and checklist items marked internal are left out too.
import type { Draft } from '../model/draft';
import { withoutReview } from '../review/content';
import { stripMarks } from './marks';
import { publicFields } from './public-fields';

declare const publicBrand: unique symbol;

/** A draft holding only what may be published; made only by publicDraft(). */
export type PublicDraft = Omit<Draft, 'collaboration' | 'contribution' | 'clearance' | 'review'> & {
  readonly [publicBrand]: true;
};

/** Keys of Draft that hold review or internal data, removed from every public projection. */
export const PRIVATE_DRAFT_KEYS = ['collaboration', 'contribution', 'clearance', 'review'] as const;

export function publicDraft(draft: Draft): PublicDraft {
  const {
    collaboration: _collaboration,
    contribution: _contribution,
    clearance: _clearance,
    review: _review,
    ...rest
  } = draft;
  const sections = draft.sections.map((section) => {
    const content = withoutReview(stripMarks(section.content));
    const fields = publicFields(section.fields);
    const kept = fields === section.fields ? section : { ...section, fields };
    return content === section.content ? kept : { ...kept, content };
  });
  return { ...rest, sections } as PublicDraft;
}
