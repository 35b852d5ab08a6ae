// A section's structured answers in Word, laid out like a form: each question in bold, then its
// answer; a checklist as a table with a repeated header row. What is written (which answers and
// items, their order, labels and dates in the document's language) is answer-texts.ts's, shared
// with the print layout. The draft given is already public: internal fields and items were
// removed by publicDraft().
import type { SectionField } from '../model/section-fields';
import { answerEntries } from './answer-texts';
import { paragraph } from './blocks';
import type { RenderContext } from './context';
import { textRuns } from './inline';
import { documentTable } from './table-rows';

function line(text: string, ctx: RenderContext, bold = false): string {
  return paragraph(ctx, {}, textRuns(text, bold ? { bold: true } : {}, ctx), text);
}

/** The Word XML (paragraphs and tables) for the section's answered fields, in template order. */
export function fieldBlocks(fields: readonly SectionField[] | undefined, ctx: RenderContext): string[] {
  const out: string[] = [];
  for (const entry of answerEntries(fields, ctx.profile)) {
    out.push(line(entry.question, ctx, true));
    // A table must be followed by a paragraph before what comes next.
    if ('table' in entry) out.push(documentTable(entry.table, ctx), line('', ctx));
    else out.push(line(entry.answer, ctx));
  }
  return out;
}
