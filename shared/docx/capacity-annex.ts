// "Capacity needs": an annex gathering, section by section, the capacity needs and the assistance
// sought or offered (shared/capacity/capacity-needs.ts) into one table, for the capacity-building
// discussions; its texts are answer-texts.ts's, shared with the print layout. Its rows come from
// the projection being exported, so a public document lists only public answers.
import type { CapacityNeedRow } from '../capacity/capacity-needs';
import { capacityAnnexTexts } from './answer-texts';
import { PAGE_BREAK } from './changes-annex';
import type { RenderContext } from './context';
import type { DocxExportOptions } from './options';
import { lineParagraph } from './sections';
import { STYLE } from './style-names';
import { documentTable } from './table-rows';

/** The annex's heading and table; nothing when no section has such an answer or the options leave it out. */
export function capacityAnnex(
  rows: readonly CapacityNeedRow[],
  options: DocxExportOptions,
  ctx: RenderContext,
): string[] {
  const annex = capacityAnnexTexts(rows, options, ctx.profile);
  if (!annex) return [];
  const table = documentTable(annex.table, ctx);
  // A table must be followed by a paragraph before what comes next.
  return [PAGE_BREAK, ...lineParagraph(annex.heading, STYLE.headings[0], ctx), table, '<w:p/>'];
}
