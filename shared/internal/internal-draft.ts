// The internal projection of a draft: what the delegation's own copy may hold. Like the public
// projection it has no review or collaboration data, but it keeps the private content (points of
// contact, fields and checklist items marked internal). Only the internal export
// (shared/docx/export-internal.ts) accepts it, so private content reaches a document only on that
// explicit path.
import { withoutReviewData, type REVIEW_DRAFT_KEYS } from '../collab/public-draft';
import type { Contact } from '../model/contacts';
import type { Draft } from '../model/draft';

declare const internalBrand: unique symbol;

/** A draft for internal use; made only by internalDraft(). */
export type InternalDraft = Omit<Draft, (typeof REVIEW_DRAFT_KEYS)[number] | 'contacts'> & {
  readonly contacts: Contact[];
  readonly [internalBrand]: true;
};

export function internalDraft(draft: Draft): InternalDraft {
  const kept = withoutReviewData(draft);
  return { ...kept, contacts: kept.contacts ?? [] } as InternalDraft;
}
