// What a contribution's Word file carries for Norms Drafter: the ticket (with the base of the
// asked sections, so merging never depends on the lead still having that version) and, per
// section in the file, its bookmark and heading line, in a custom XML part (word-file/data-part.ts).
import { z } from '../model/zod';
import { contributionTicketSchema } from '../collab/schema';
import type { ContributionTicket } from '../collab/model';
import type { RelatedParts } from '../docx/package';
import { WordContributionError } from './word-errors';
import { LANGUAGES, type Language } from '../model/languages';
import { idSchema } from '../model/section-schema';
import type { OpcPackage } from '../ooxml/package';
import { BOOKMARK_NAME } from '../word-file/bookmarks';
import { dataParts, readDataPart, type DataPartKind } from '../word-file/data-part';

export const TICKET_NAMESPACE = 'urn:norms-drafter:contribution';
const FORMAT = 'norms-drafter-word-contribution';
/** The data store item's id: fixed, so Word and other tools see the same item in every contribution file. */
const ITEM_ID = '{5B0C4E8A-7D21-4F3B-9E66-2A7C1D9F0B31}';

export interface WordSectionMarker {
  id: string;
  /** The bookmark around the section (its bar, heading and text). */
  bookmark: string;
  /** The section's heading line as written; empty for the title and closing sections. */
  heading: string;
  asked: boolean;
}

export interface WordTicket {
  format: typeof FORMAT;
  version: 1;
  language: Language;
  ticket: ContributionTicket;
  sections: WordSectionMarker[];
}

const wordTicketSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  language: z.enum(LANGUAGES),
  ticket: contributionTicketSchema,
  sections: z
    .array(
      z.strictObject({
        id: idSchema,
        bookmark: z.string().regex(BOOKMARK_NAME),
        heading: z.string().max(10_000),
        asked: z.boolean(),
      }),
    )
    .max(1_000),
});

export function wordTicket(ticket: ContributionTicket, language: Language, sections: WordSectionMarker[]): WordTicket {
  return { format: FORMAT, version: 1, language, ticket, sections };
}

const KIND: DataPartKind = { namespace: TICKET_NAMESPACE, root: 'contribution', itemId: ITEM_ID };

/** The custom XML part and its properties part, related from the document part. */
export function ticketParts(data: WordTicket): RelatedParts {
  return dataParts(KIND, data);
}

/**
 * The ticket of a contribution file: found in any custom XML part in the package (Word and
 * LibreOffice may renumber the parts), whatever relates to it.
 */
export function readWordTicket(pkg: OpcPackage): WordTicket {
  let json: unknown;
  try {
    json = readDataPart(pkg, KIND);
  } catch (error) {
    throw new WordContributionError('details-damaged', {}, error instanceof Error ? error.message : String(error));
  }
  if (json === undefined) throw new WordContributionError('not-a-contribution');
  const parsed = wordTicketSchema.safeParse(json);
  if (!parsed.success) throw new WordContributionError('details-damaged', {}, parsed.error.issues[0]?.path.join('.'));
  return parsed.data;
}
