// `review`: a Word file exported for review (`export --for-review`) and reviewed in Word or
// LibreOffice, brought back into its draft: comments become comment threads and tracked changes
// suggestions, with the reviewers' names; edits made without tracking become suggestions by the
// file's last editor. The draft's text changes only when suggestions are accepted in the app.
import { randomUUID } from 'node:crypto';
import { parseCommandArgs, required } from '../args';
import { CliError, type CliIo } from '../io';
import { runCommand } from '../run-command';
import { readDraftFileWithLineage } from '../read-draft';
import { lineageForSave, serializeNormdraft } from '../../shared/format/normdraft';
import type { Draft } from '../../shared/model/draft';
import {
  bringBackReview,
  ReviewFileError,
  type ReviewBackReport,
  type ReviewFileErrorCode,
} from '../../shared/review/bring-back';
import { MAX_WORD_FILE_BYTES } from '../../shared/word-file/open';

export const summary = 'bring a Word file reviewed in Word or LibreOffice back into its draft';
export const usage = [
  'usage: review <draft.normdraft> <reviewed.docx> -o <out.normdraft> [--json]',
  '  The file must have been exported from this draft with `export --for-review`. Comments become',
  '  comments and tracked changes suggestions, with the reviewers’ names; edits made without',
  '  tracking become suggestions too. Nothing in the text changes until they are accepted.',
].join('\n');

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function refusal(code: ReviewFileErrorCode, file: string, draft: Draft): string {
  switch (code) {
    case 'too-large':
      return `${file}: this Word file is larger than a reviewed draft can be (at most ${MAX_WORD_FILE_BYTES / (1024 * 1024)} MB); nothing was read from it. Ask the reviewer to remove pictures and save it again`;
    case 'damaged':
      return `${file}: this file is damaged or is not a Word document (.docx), so nothing was read from it. Ask the reviewer to save it again as a Word document`;
    case 'not-this-draft':
      return `${file}: this Word file was not exported for review from “${draft.fields.title.trim() || draft.id}” (none of its sections can be found in it). Bring it back into the draft it was exported from`;
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summaryLines(output: string, report: ReviewBackReport): string[] {
  const lines = [
    `Wrote ${output}: ${plural(report.suggestions, 'suggestion', 'suggestions')} and ${plural(report.comments, 'comment', 'comments')} brought back.`,
  ];
  for (const section of report.sections)
    if (section.suggestions + section.comments > 0)
      lines.push(
        `  ${section.norm ? `norm ${section.norm}` : section.id}: ${plural(section.suggestions, 'suggestion', 'suggestions')}, ${plural(section.comments, 'comment', 'comments')} (${section.authors.join(', ')})`,
      );
  if (report.unmatched > 0)
    lines.push(
      `${plural(report.unmatched, 'change or comment', 'changes or comments')} could not be placed (the text was changed since it was exported) and were left out.`,
    );
  return lines;
}

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'review', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, 2);
    if (values.help) return void io.stdout(usage);
    const [draftFile, wordFile] = positionals;
    if (draftFile === undefined) throw new CliError('missing the .normdraft file of the draft that was reviewed', 2);
    if (wordFile === undefined) throw new CliError('missing the reviewed Word file (.docx)', 2);
    const output = required(values.output, '-o <out.normdraft>');
    if (!output.toLowerCase().endsWith('.normdraft'))
      throw new CliError(`the output file must end in .normdraft: ${output}`, 2);
    const read = await readDraftFileWithLineage(draftFile, io);
    const bytes = await io.readFile(wordFile, MAX_WORD_FILE_BYTES);
    let result;
    try {
      result = await bringBackReview(read.draft, bytes, { newId: randomUUID, now: Date.now() });
    } catch (error) {
      if (error instanceof ReviewFileError) throw new CliError(refusal(error.code, wordFile, read.draft));
      throw error;
    }
    await io.writeFileAtomic(
      output,
      new TextEncoder().encode(serializeNormdraft(result.draft, lineageForSave(result.draft, read.lineage))),
    );
    const { report } = result;
    if (values.json)
      io.stdout(
        JSON.stringify(
          {
            sections: report.sections.map(({ id, norm, suggestions, comments, authors }) => ({
              id,
              norm,
              suggestions,
              comments,
              authors,
            })),
            suggestions: report.suggestions,
            comments: report.comments,
            unmatched: report.unmatched,
          },
          null,
          2,
        ),
      );
    else for (const line of summaryLines(output, report)) io.stdout(line);
  });
}
