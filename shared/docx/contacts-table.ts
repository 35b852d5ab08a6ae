// The internal export's points of contact: a heading and a table (name, position, institution,
// email, policy or technical) at the end of the document, in the document's language.
import type { Contact } from '../model/contacts';
import type { RenderContext } from './context';
import { internalCopyWords } from './document-words';
import { lineParagraph } from './sections';
import { STYLE } from './style-names';
import { TABLE_BORDERS, tableRow } from './table-rows';

/** Five equal columns across the A4 text width (twentieths of a point). */
const COLUMN = 1814;
const WIDTHS = Array<number>(5).fill(COLUMN);

/** Nothing when the draft has no contacts. */
export function contactsTable(contacts: readonly Contact[], ctx: RenderContext): string[] {
  if (contacts.length === 0) return [];
  const words = internalCopyWords(ctx.profile.language);
  const table =
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>${ctx.profile.rtl ? '<w:bidiVisual/>' : ''}` +
    `<w:tblBorders>${TABLE_BORDERS}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>` +
    `<w:tblGrid>${`<w:gridCol w:w="${COLUMN}"/>`.repeat(5)}</w:tblGrid>` +
    tableRow([words.name, words.position, words.institution, words.email, words.kind], WIDTHS, ctx, true) +
    contacts
      .map((c) => tableRow([c.name, c.position, c.institution, c.email, words[c.kind]], WIDTHS, ctx, false))
      .join('') +
    '</w:tbl>';
  // A table must be followed by a paragraph before the section properties.
  return [...lineParagraph(words.contacts, STYLE.headings[0], ctx), table, '<w:p/>'];
}
