// "Capacity needs": an annex gathering, section by section, the capacity needs and the assistance
// sought or offered (shared/capacity/capacity-needs.ts) into one table, for the capacity-building
// discussions. Its rows come from the projection being exported, so a public document lists only
// public answers.
import type { CapacityNeedRow } from '../capacity/capacity-needs';
import { documentTexts } from '../templates/document-texts';
import { paragraph } from './blocks';
import { PAGE_BREAK, sectionName } from './changes-annex';
import type { RenderContext } from './context';
import { capacityAnnexWords } from './document-words';
import { textRuns } from './inline';
import { lineParagraph } from './sections';
import { STYLE } from './style-names';

/** Column widths across the A4 text width (twentieths of a point): the need is widest. */
const COLUMNS: readonly number[] = [2200, 3400, 1400, 2026];
// OOXML's own side names (left/right are the table's start/end once w:bidiVisual is set).
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
  .join('');

function cell(text: string, width: number, ctx: RenderContext, bold: boolean): string {
  const content = text.trim() ? paragraph(ctx, {}, textRuns(text.trim(), { bold }, ctx), text) : '<w:p/>';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
}

function row(texts: readonly string[], ctx: RenderContext, header: boolean): string {
  const props = header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
  return `<w:tr>${props}${texts.map((text, at) => cell(text, COLUMNS[at]!, ctx, header)).join('')}</w:tr>`;
}

/** The annex's heading and table; nothing when no section has such an answer. */
export function capacityAnnex(rows: readonly CapacityNeedRow[], ctx: RenderContext): string[] {
  if (rows.length === 0) return [];
  const words = capacityAnnexWords(ctx.profile.language);
  const t = documentTexts(ctx.profile.language);
  const table =
    `<w:tbl><w:tblPr>${ctx.profile.rtl ? '<w:bidiVisual/>' : ''}` +
    `<w:tblW w:w="${COLUMNS.reduce((a, b) => a + b)}" w:type="dxa"/>` +
    `<w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${COLUMNS.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>` +
    row([words.section, words.need, words.assistance, words.details], ctx, true) +
    rows
      .map((r) =>
        row(
          [
            sectionName(r.section, ctx),
            r.need,
            r.assistanceKeys.map((key) => t(key)).join(ctx.profile.listSeparator),
            r.details,
          ],
          ctx,
          false,
        ),
      )
      .join('') +
    '</w:tbl>';
  // A table must be followed by a paragraph before what comes next.
  return [PAGE_BREAK, ...lineParagraph(words.heading, STYLE.headings[0], ctx), table, '<w:p/>'];
}
