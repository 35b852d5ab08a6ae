// What a contribution's Word file carries for Norms Drafter: the ticket (with the base of the
// asked sections, so merging never depends on the lead still having that version) and, per
// section in the file, its bookmark and heading line. It travels as a custom XML part
// (customXml/item1.xml), which Word keeps as a data store item and LibreOffice keeps on a round
// trip (test/docx/contribution-word.test.ts); the part holds the JSON as text.
import { z } from 'zod';
import { contributionTicketSchema } from '../collab/schema';
import type { ContributionTicket } from '../collab/model';
import type { RelatedParts } from '../docx/package';
import { WordContributionError } from './word-errors';
import { LANGUAGES, type Language } from '../model/languages';
import { idSchema } from '../model/section-schema';
import { NS } from '../ooxml/names';
import { textOf, type OpcPackage } from '../ooxml/package';
import { escapeXml } from '../ooxml/xml/escape';
import { readXml } from '../ooxml/xml/reader';

export const TICKET_NAMESPACE = 'urn:norms-drafter:contribution';
const FORMAT = 'norms-drafter-word-contribution';
const CUSTOM_XML = `${NS.r}/customXml`;
const CUSTOM_XML_PROPS = `${NS.r}/customXmlProps`;
const ITEM_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
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
        bookmark: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/),
        heading: z.string().max(10_000),
        asked: z.boolean(),
      }),
    )
    .max(1_000),
});

export function wordTicket(ticket: ContributionTicket, language: Language, sections: WordSectionMarker[]): WordTicket {
  return { format: FORMAT, version: 1, language, ticket, sections };
}

/**
 * Word's rules for a bookmark name: a letter first, then letters, digits and "_", at most 40
 * characters. Section ids may hold "-", so the name is the id made to fit, numbered when two
 * ids would give the same name; the ticket keeps which name is which section.
 */
export function bookmarkNames(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id, index) => {
    let name = `nd_${id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
    if (used.has(name.toLowerCase())) name = `${name.slice(0, 32)}_${index}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The custom XML part and its properties part, related from the document part. */
export function ticketParts(data: WordTicket): RelatedParts {
  const item = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><contribution xmlns="${TICKET_NAMESPACE}">${escapeXml(JSON.stringify(data))}</contribution>`;
  const props = `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${TICKET_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`;
  return {
    relationships: [{ id: 'rIdContribution', type: CUSTOM_XML, target: '../customXml/item1.xml' }],
    parts: [
      {
        path: 'customXml/item1.xml',
        contentType: 'application/xml',
        data: item,
        relationships: [{ id: 'rId1', type: CUSTOM_XML_PROPS, target: 'itemProps1.xml' }],
      },
      { path: 'customXml/itemProps1.xml', contentType: ITEM_PROPS_TYPE, data: props },
    ],
  };
}

/**
 * The ticket of a contribution file: found in any custom XML part in the package (Word and
 * LibreOffice may renumber the parts), whatever relates to it.
 */
export function readWordTicket(pkg: OpcPackage): WordTicket {
  for (const part of pkg.parts) {
    if (!/^customXml\/[^/]+\.xml$/i.test(part.path) || part.contentType === ITEM_PROPS_TYPE) continue;
    const text = textOf(part);
    if (!text.includes(TICKET_NAMESPACE)) continue;
    let json: unknown;
    try {
      const root = readXml(text, { [TICKET_NAMESPACE]: 'nd' });
      if (root.name !== 'nd:contribution') continue;
      json = JSON.parse(root.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
    } catch (error) {
      throw new WordContributionError('details-damaged', {}, error instanceof Error ? error.message : String(error));
    }
    const parsed = wordTicketSchema.safeParse(json);
    if (!parsed.success) throw new WordContributionError('details-damaged', {}, parsed.error.issues[0]?.path.join('.'));
    return parsed.data;
  }
  throw new WordContributionError('not-a-contribution');
}
