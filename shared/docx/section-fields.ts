// A section's structured answers in Word, laid out like a form: each question in bold, then its
// answer; a checklist as a table (action, status, lead agency, evidence, note) with a repeated
// header row. Only answered fields are written (an untouched checklist would print a column of
// "Not started" under every norm). The draft given is already public: internal fields and items
// were removed by publicDraft().
import { formatLongDate } from '../model/dates';
import { isAnswered, type ChecklistField, type ChecklistItem, type SectionField } from '../model/section-fields';
import { documentTexts } from '../templates/document-texts';
import type { Translate } from '../templates/messages';
import { paragraph } from './blocks';
import type { RenderContext } from './context';
import { textRuns } from './inline';

/** Column widths in twentieths of a point: the A4 text width shared so the action column is widest. */
const COLUMNS: readonly number[] = [3000, 1300, 1500, 1700, 1526];
const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="808080"';

function line(text: string, ctx: RenderContext, bold = false): string {
  return paragraph(ctx, {}, textRuns(text, bold ? { bold: true } : {}, ctx), text);
}

function answerText(field: Exclude<SectionField, ChecklistField>, t: Translate, ctx: RenderContext): string {
  if (field.kind === 'choice')
    return field.options
      .filter((option) => field.value.includes(option.id))
      .map((option) => t(option.labelKey))
      .join(ctx.profile.listSeparator);
  if (field.kind === 'date') return formatLongDate(field.value, ctx.profile.language);
  return field.value.trim();
}

function cell(text: string, width: number, ctx: RenderContext, bold = false): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${line(text, ctx, bold)}</w:tc>`;
}

function row(texts: readonly string[], ctx: RenderContext, header = false): string {
  const cells = texts.map((text, at) => cell(text, COLUMNS[at]!, ctx, header)).join('');
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells}</w:tr>`;
}

function itemText(item: ChecklistItem, t: Translate): string {
  return item.text ?? t(item.labelKey ?? '');
}

function checklistTable(field: ChecklistField, t: Translate, ctx: RenderContext): string {
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`);
  const properties =
    `<w:tblPr>${ctx.profile.rtl ? '<w:bidiVisual/>' : ''}<w:tblW w:w="${COLUMNS.reduce((a, b) => a + b)}" w:type="dxa"/>` +
    `<w:tblBorders>${borders.join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`;
  const grid = `<w:tblGrid>${COLUMNS.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  const header = row(
    ['action', 'status', 'leadAgency', 'evidence', 'note'].map((column) => t(`checklist.column.${column}`)),
    ctx,
    true,
  );
  const rows = field.items.map((item) =>
    row([itemText(item, t), t(`checklist.status.${item.status}`), item.leadAgency, item.evidence, item.note], ctx),
  );
  return `<w:tbl>${properties}${grid}${header}${rows.join('')}</w:tbl>`;
}

/** The Word XML (paragraphs and tables) for the section's answered fields, in template order. */
export function fieldBlocks(fields: readonly SectionField[] | undefined, ctx: RenderContext): string[] {
  const t = documentTexts(ctx.profile.language);
  const out: string[] = [];
  for (const field of fields ?? []) {
    if (!isAnswered(field)) continue;
    out.push(line(t(field.labelKey), ctx, true));
    if (field.kind === 'checklist') out.push(checklistTable(field, t, ctx), line('', ctx));
    else out.push(line(answerText(field, t, ctx), ctx));
  }
  return out;
}
