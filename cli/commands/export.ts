// `export`: a .normdraft -> a Word document, with the same writer the app uses. The file is
// written atomically (temporary file, then rename), so a failure leaves no partial document.
import { parseCommandArgs, required } from '../args';
import { CliError, type CliIo } from '../io';
import { readDraftFile } from '../read-draft';
import { runCommand } from '../run-command';
import { defaultExportOptions, exportDocx, type DocxExportOptions } from '../../shared/docx';

export const summary = 'write a .normdraft as a Word document (.docx)';
export const usage = [
  'usage: export <file.normdraft> -o <file.docx>',
  '           [--short-headings] [--omit-empty] [--header "<line>"] [--no-author] [--no-timestamps]',
  '  --short-headings  norm headings with the short title instead of the official text',
  '  --omit-empty      leave out norm sections with no text',
  '  --header          a line at the top of every page, e.g. "Non-paper"',
  '  --no-author       leave the author and last-modified-by properties empty',
  '  --no-timestamps   leave the created and modified times out',
].join('\n');

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  'short-headings': { type: 'boolean' },
  'omit-empty': { type: 'boolean' },
  header: { type: 'string' },
  'no-author': { type: 'boolean' },
  'no-timestamps': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

function exportOptions(values: Values): DocxExportOptions {
  return {
    ...defaultExportOptions(),
    includeEmptyNorms: !values['omit-empty'],
    headingForm: values['short-headings'] ? 'short' : 'official',
    headerLine: values.header ?? '',
    authorMode: values['no-author'] ? 'empty' : 'submitter',
    timestamps: values['no-timestamps'] ? 'omit' : 'export-time',
  };
}

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'export', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, 1);
    if (values.help) return void io.stdout(usage);
    const input = positionals[0];
    if (input === undefined) throw new CliError('missing the .normdraft file to export', 2);
    const output = required(values.output, '-o <file.docx>');
    if (!output.toLowerCase().endsWith('.docx')) throw new CliError(`the output file must end in .docx: ${output}`, 2);
    const draft = await readDraftFile(input, io);
    const bytes = await exportDocx(draft, exportOptions(values), { now: new Date() });
    await io.writeFileAtomic(output, bytes);
    io.stdout(`Exported ${output} (${draft.sections.length} sections, language ${draft.language}).`);
  });
}
