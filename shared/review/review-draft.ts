// What the export for review may show: the draft's text with its suggestions and comment ranges
// and its review block, without the other internal data (contributors, merges, clearance, marks
// on blocks). The one input besides the public projection that the Word writer accepts.
import { PRIVATE_DRAFT_KEYS } from '../collab/public-draft';
import { stripMarks } from '../collab/marks';
import type { Draft } from '../model/draft';
import { emptyReview, type Review } from './model';

declare const reviewBrand: unique symbol;

/** A draft for review; made only by reviewDraft(). */
export type ReviewDraft = Omit<Draft, (typeof PRIVATE_DRAFT_KEYS)[number]> & {
  readonly review: Review;
  readonly [reviewBrand]: true;
};

export function reviewDraft(draft: Draft): ReviewDraft {
  const kept = Object.fromEntries(
    Object.entries(draft).filter(([key]) => !(PRIVATE_DRAFT_KEYS as readonly string[]).includes(key)),
  ) as Omit<Draft, (typeof PRIVATE_DRAFT_KEYS)[number]>;
  const sections = draft.sections.map((section) => {
    const content = stripMarks(section.content);
    return content === section.content ? section : { ...section, content };
  });
  return { ...kept, sections, review: draft.review ?? emptyReview() } as ReviewDraft;
}
