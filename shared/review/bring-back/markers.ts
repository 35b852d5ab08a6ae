// What a Word file exported for review carries to be matched back to its draft: the draft's id
// and, per section written, the bookmark on its first paragraph (its heading), its heading line
// and the texts of its paragraphs as exported (the base that edits made without tracking are
// found against). It travels in a custom XML part like a contribution's ticket
// (shared/word-file/data-part.ts). Review files only: the normal export writes none of it.
import { z } from '../../model/zod';
import type { RelatedParts } from '../../docx/package';
import { idSchema } from '../../model/section-schema';
import type { OpcPackage } from '../../ooxml/package';
import { BOOKMARK_NAME } from '../../word-file/bookmarks';
import { dataParts, readDataPart, type DataPartKind } from '../../word-file/data-part';
import type { SectionMark } from '../../word-file/section-cuts';

const FORMAT = 'norms-drafter-word-review';
const KIND: DataPartKind = {
  namespace: 'urn:norms-drafter:review',
  root: 'review',
  itemId: '{8E3A1F52-6C47-4B0D-A9D2-3F5E7C1B2A64}',
};

export interface ReviewSectionMarker extends SectionMark {
  /** The section's paragraphs as exported (bring-back/paragraphs.ts). */
  paragraphs: string[];
}

export interface ReviewMarkers {
  format: typeof FORMAT;
  version: 1;
  draftId: string;
  sections: ReviewSectionMarker[];
  /** The lines written after the last section (the date line): not part of it. */
  closing: string[];
}

const markersSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  draftId: idSchema,
  sections: z
    .array(
      z.strictObject({
        id: idSchema,
        bookmark: z.string().regex(BOOKMARK_NAME),
        heading: z.string().max(10_000),
        paragraphs: z.array(z.string().max(1_000_000)).max(100_000),
      }),
    )
    .max(1_000),
  closing: z.array(z.string().max(10_000)).max(100),
});

export function markerParts(draftId: string, sections: ReviewSectionMarker[], closing: string[]): RelatedParts {
  const data: ReviewMarkers = { format: FORMAT, version: 1, draftId, sections, closing };
  return dataParts(KIND, data);
}

/** The markers of a file exported for review; undefined for any other Word file. Throws when they are damaged. */
export function readReviewMarkers(pkg: OpcPackage): ReviewMarkers | undefined {
  const json = readDataPart(pkg, KIND);
  if (json === undefined) return undefined;
  const parsed = markersSchema.safeParse(json);
  if (!parsed.success) throw new Error(`review markers: ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  return parsed.data;
}
