// Bordered tables of plain text for the writer's own tables (points of contact, capacity needs,
// checklists): one cell per text, bold in the header row, which repeats on each page.
import type { DocumentTable } from './answer-texts';
import { paragraph } from './blocks';
import type { RenderContext } from './context';
import { textRuns } from './inline';

// OOXML's own side names (left/right are the table's start/end once w:bidiVisual is set).
export const TABLE_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
  .join('');

function cell(text: string, width: number, ctx: RenderContext, bold: boolean): string {
  const content = text.trim() ? paragraph(ctx, {}, textRuns(text.trim(), { bold }, ctx), text) : '<w:p/>';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
}

/** One row; `widths` gives each cell's width (twentieths of a point). */
export function tableRow(
  texts: readonly string[],
  widths: readonly number[],
  ctx: RenderContext,
  header: boolean,
): string {
  const props = header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
  return `<w:tr>${props}${texts.map((text, at) => cell(text, widths[at]!, ctx, header)).join('')}</w:tr>`;
}

/** The whole table: fixed column widths, borders, mirrored in a right-to-left document. */
export function documentTable({ widths, header, rows }: DocumentTable, ctx: RenderContext): string {
  return (
    `<w:tbl><w:tblPr>${ctx.profile.rtl ? '<w:bidiVisual/>' : ''}` +
    `<w:tblW w:w="${widths.reduce((a, b) => a + b)}" w:type="dxa"/>` +
    `<w:tblBorders>${TABLE_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>` +
    tableRow(header, widths, ctx, true) +
    rows.map((texts) => tableRow(texts, widths, ctx, false)).join('') +
    '</w:tbl>'
  );
}
