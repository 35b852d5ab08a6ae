// A section's structured answers in Word, laid out like a form: each question in bold, then its
// answer; a checklist as a table with a repeated header row. What is written (which answers and
// items, their order, labels and dates in the document's language) is answer-texts.ts's, shared
// with the print layout. The draft given is already public: internal fields and items were
// removed by publicDraft().
import type { SectionField } from '../model/section-fields';
import { answerEntries, type DocumentTable } from './answer-texts';
import { paragraph } from './blocks';
import type { RenderContext } from './context';
import { textRuns } from './inline';

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="808080"';

function line(text: string, ctx: RenderContext, bold = false): string {
  return paragraph(ctx, {}, textRuns(text, bold ? { bold: true } : {}, ctx), text);
}

function cell(text: string, width: number, ctx: RenderContext, bold = false): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${line(text, ctx, bold)}</w:tc>`;
}

function row(texts: readonly string[], widths: readonly number[], ctx: RenderContext, header = false): string {
  const cells = texts.map((text, at) => cell(text, widths[at]!, ctx, header)).join('');
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells}</w:tr>`;
}

function checklistTable({ widths, header, rows }: DocumentTable, ctx: RenderContext): string {
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`);
  const properties =
    `<w:tblPr>${ctx.profile.rtl ? '<w:bidiVisual/>' : ''}<w:tblW w:w="${widths.reduce((a, b) => a + b)}" w:type="dxa"/>` +
    `<w:tblBorders>${borders.join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  const body = rows.map((texts) => row(texts, widths, ctx)).join('');
  return `<w:tbl>${properties}${grid}${row(header, widths, ctx, true)}${body}</w:tbl>`;
}

/** The Word XML (paragraphs and tables) for the section's answered fields, in template order. */
export function fieldBlocks(fields: readonly SectionField[] | undefined, ctx: RenderContext): string[] {
  const out: string[] = [];
  for (const entry of answerEntries(fields, ctx.profile)) {
    out.push(line(entry.question, ctx, true));
    // A table must be followed by a paragraph before what comes next.
    if ('table' in entry) out.push(checklistTable(entry.table, ctx), line('', ctx));
    else out.push(line(entry.answer, ctx));
  }
  return out;
}
