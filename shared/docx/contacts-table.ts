// The internal export's points of contact: a heading and a table (name, position, institution,
// email, policy or technical) at the end of the document, in the document's language.
import type { Contact } from '../model/contacts';
import { paragraph } from './blocks';
import type { RenderContext } from './context';
import { internalCopyWords } from './document-words';
import { textRuns } from './inline';
import { lineParagraph } from './sections';
import { STYLE } from './style-names';

/** Five equal columns across the A4 text width (twentieths of a point). */
const COLUMN = 1814;
const BORDER = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>';
// OOXML's own side names (left/right are the table's start/end once w:bidiVisual is set).
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => BORDER.replace('{side}', side))
  .join('');

function cell(text: string, ctx: RenderContext, bold: boolean): string {
  const content = text.trim() ? paragraph(ctx, {}, textRuns(text.trim(), { bold }, ctx), text) : '<w:p/>';
  return `<w:tc><w:tcPr><w:tcW w:w="${COLUMN}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
}

function row(texts: readonly string[], ctx: RenderContext, header: boolean): string {
  const props = header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
  return `<w:tr>${props}${texts.map((text) => cell(text, ctx, header)).join('')}</w:tr>`;
}

/** Nothing when the draft has no contacts. */
export function contactsTable(contacts: readonly Contact[], ctx: RenderContext): string[] {
  if (contacts.length === 0) return [];
  const words = internalCopyWords(ctx.profile.language);
  const table =
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>${ctx.profile.rtl ? '<w:bidiVisual/>' : ''}` +
    `<w:tblBorders>${BORDERS}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>` +
    `<w:tblGrid>${`<w:gridCol w:w="${COLUMN}"/>`.repeat(5)}</w:tblGrid>` +
    row([words.name, words.position, words.institution, words.email, words.kind], ctx, true) +
    contacts.map((c) => row([c.name, c.position, c.institution, c.email, words[c.kind]], ctx, false)).join('') +
    '</w:tbl>';
  // A table must be followed by a paragraph before the section properties.
  return [...lineParagraph(words.contacts, STYLE.headings[0], ctx), table, '<w:p/>'];
}
