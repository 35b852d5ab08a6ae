// A draft made as the next edition of an earlier submission keeps a link to it: which draft, its
// title and date, and the text each section had then, which the "changes since the last
// edition" annex compares with (shared/edition/).
import { z } from './zod';
import { DRAFT_LIMITS, idSchema, isoDateSchema } from './section-schema';

export interface EditionLink {
  /** The draft this edition was made from. */
  previousId: string;
  previousTitle: string;
  /** The previous edition's date (its `date` field). */
  previousDate: string;
  /** Each section's plain text in the previous edition (shared/model/text.ts), by section id. */
  previousTexts: { sectionId: string; text: string }[];
}

/** A section's plain text stays far below this (a 60,000-word draft is about 400,000 characters). */
const MAX_PREVIOUS_TEXT_CHARS = 4_000_000;

export const editionLinkSchema = z.lazy(() =>
  z.strictObject({
    previousId: idSchema,
    previousTitle: z.string().max(DRAFT_LIMITS.titleChars),
    previousDate: isoDateSchema,
    previousTexts: z
      .array(z.strictObject({ sectionId: idSchema, text: z.string().max(MAX_PREVIOUS_TEXT_CHARS) }))
      .max(DRAFT_LIMITS.sections),
  }),
);
