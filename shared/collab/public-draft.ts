// The public projection of a draft: what may reach a document sent outside (the Word export, the
// print layout). Review and internal data (contributors, merges, conflicts, clearance, marks on
// the text) and private content (points of contact, structured fields and checklist items
// marked internal) are removed here, in one place; the DOCX writer accepts only this type, so a
// path that skipped it would not compile. Pending suggestions are not part of the text: an
// insertion is left out and a deletion kept until accepted; comment ranges leave only their
// words. The internal export has its own projection (shared/internal/internal-draft.ts), built
// on withoutReviewData below.
import type { Draft } from '../model/draft';
import { withoutReview } from '../review/content';
import { stripMarks } from './marks';
import { publicFields } from './public-fields';

declare const publicBrand: unique symbol;

/** Keys of Draft that hold review or collaboration data, removed from every projection. */
export const REVIEW_DRAFT_KEYS = ['collaboration', 'contribution', 'clearance', 'review'] as const;
/** Keys of Draft that hold private content, written only by the internal export. */
export const INTERNAL_DRAFT_KEYS = ['contacts'] as const;
/** Keys of Draft removed from every public projection. */
export const PRIVATE_DRAFT_KEYS = [...REVIEW_DRAFT_KEYS, ...INTERNAL_DRAFT_KEYS] as const;

/** A draft holding only what may be published; made only by publicDraft(). */
export type PublicDraft = Omit<Draft, (typeof PRIVATE_DRAFT_KEYS)[number]> & {
  readonly [publicBrand]: true;
};

/** The draft without review and collaboration data, its text without their marks. */
export function withoutReviewData(draft: Draft): Omit<Draft, (typeof REVIEW_DRAFT_KEYS)[number]> {
  const {
    collaboration: _collaboration,
    contribution: _contribution,
    clearance: _clearance,
    review: _review,
    ...rest
  } = draft;
  const sections = draft.sections.map((section) => {
    const content = withoutReview(stripMarks(section.content));
    return content === section.content ? section : { ...section, content };
  });
  return { ...rest, sections };
}

export function publicDraft(draft: Draft): PublicDraft {
  const { contacts: _contacts, ...rest } = withoutReviewData(draft);
  // Answers and checklist items marked internal stay in the internal export only.
  const sections = rest.sections.map((section) => {
    const fields = publicFields(section.fields);
    return fields === section.fields ? section : { ...section, fields };
  });
  return { ...rest, sections } as PublicDraft;
}
