// `clearance-sheet`: a .normdraft's clearance sheet (per section: each step, who cleared it and
// when, changed since cleared) as a Word table, in English like the command line's other output.
// The sheet holds names: it is an internal document, never part of the export.
import { parseCommandArgs, required } from '../args';
import { CliError, type CliIo } from '../io';
import { readDraftFile } from '../read-draft';
import { runCommand } from '../run-command';
import { clearanceOf, isBuiltInStep, type BuiltInStepId } from '../../shared/clearance/path';
import { clearanceSheet } from '../../shared/clearance/sheet';
import { clearanceSheetDocx } from '../../shared/docx/clearance-sheet';
import { fieldTexts } from '../../shared/model/field-texts';
import { summarizeDraft } from '../../shared/model/summary';
import { officialNorm } from '../../shared/norms/official';

export const summary = 'write the clearance sheet of a .normdraft as a Word document (.docx)';
export const usage = 'usage: clearance-sheet <file.normdraft> -o <sheet.docx>';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const STEP_NAMES: Record<BuiltInStepId, string> = {
  drafting: 'Drafting',
  'legal-review': 'Legal review',
  'policy-clearance': 'Policy clearance',
  final: 'Final',
};

/** "2026-11-03 09:30 UTC": the same on every machine, whatever its time zone. */
const utc = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'clearance-sheet', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, 1);
    if (values.help) return void io.stdout(usage);
    const input = positionals[0];
    if (input === undefined) throw new CliError('missing the .normdraft file to read', 2);
    const output = required(values.output, '-o <sheet.docx>');
    if (!output.toLowerCase().endsWith('.docx')) throw new CliError(`the output file must end in .docx: ${output}`, 2);
    const draft = await readDraftFile(input, io);
    const titles = new Map(summarizeDraft(draft).sections.map((s) => [s.id, s.title]));
    const rows = clearanceSheet(
      draft.sections,
      clearanceOf(draft),
      {
        section: (s) => {
          const title = titles.get(s.id) ?? s.heading;
          return s.norm ? `Norm ${officialNorm(s.norm).number} (13${s.norm}): ${title}` : title;
        },
        step: (step) => step.name || (isBuiltInStep(step.id) ? STEP_NAMES[step.id] : step.id),
      },
      fieldTexts(draft),
    );
    const bytes = await clearanceSheetDocx(
      rows,
      {
        heading: 'Clearance sheet',
        draftTitle: draft.fields.title,
        preparedLine: `Prepared on ${utc(Date.now())}. Internal document: not part of the submission.`,
        section: 'Section',
        step: 'Step',
        by: 'Cleared by',
        date: 'Date',
        note: 'Note',
        changed: 'Changed since cleared',
        notCleared: 'Not cleared',
        formatDate: utc,
      },
      'en',
    );
    await io.writeFileAtomic(output, bytes);
    const cleared = rows.filter((row) => row.steps.some((step) => step.at !== null)).length;
    const changed = rows.filter((row) => row.changed).length;
    io.stdout(`Wrote ${output} (${rows.length} sections, ${cleared} cleared, ${changed} changed since cleared).`);
  });
}
