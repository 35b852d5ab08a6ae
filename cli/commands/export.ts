// `export`: a .normdraft -> a Word document, with the same writer the app uses. The file is
// written atomically (temporary file, then rename), so a failure leaves no partial document.
import { parseCommandArgs, required } from '../args';
import { CliError, type CliIo } from '../io';
import { readDraftFile } from '../read-draft';
import { runCommand } from '../run-command';
import { defaultExportOptions, exportDocx, exportInternalDocx, type DocxExportOptions } from '../../shared/docx';
import { internalDraft } from '../../shared/internal/internal-draft';
import { sectionsLeftOut } from '../../shared/docx/empty-sections';
import type { Section } from '../../shared/model/draft';
import { normLabel } from '../../shared/norms/official';
import { publicDraft } from '../../shared/collab/public-draft';
import { exportForReview } from '../../shared/review/export-for-review';
import { reviewCounts } from '../../shared/review/counts';
import { draftInFrame, findFrame, UnknownFrameError } from '../../shared/templates/frame';
import { TemplateChangeError } from '../../shared/templates/change-template';
import type { Draft } from '../../shared/model/draft';
import { loadRepoTemplates, loadTemplateTexts } from '../repo-files';

export const summary = 'write a .normdraft as a Word document (.docx)';
export const usage = [
  'usage: export <file.normdraft> -o <file.docx>',
  '           [--short-headings] [--include-empty] [--header "<line>"] [--no-author] [--no-timestamps]',
  '           [--for-review | --internal] [--changes] [--no-capacity] [--frame <template-id>]',
  '  --short-headings  norm headings with the short title instead of the official text',
  '  --include-empty   keep sections with no text yet (heading and sub-headings only);',
  '                    by default they are left out and named after the export',
  '  --header          a line at the top of every page, e.g. "Non-paper"',
  '  --no-author       leave the author and last-modified-by properties empty',
  '  --no-timestamps   leave the created and modified times out',
  '  --for-review      keep the comments as Word comments and the suggestions as tracked',
  '                    changes, for reviewers; without it they never reach the document',
  '  --internal        the delegation\'s own copy: "Internal" at the top of every page and',
  '                    the points of contact at the end; without it they never reach the document',
  '  --changes         a new edition: add the annex of changes since the last edition',
  '  --no-capacity     leave out the "Capacity needs" annex, written by default when a section',
  '                    answers about capacity needs or assistance sought or offered',
  '  --frame           write the draft in the sections of another template (e.g. a survey as',
  '                    a national-non-paper); the same text, the draft itself is not changed',
].join('\n');

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  'short-headings': { type: 'boolean' },
  'include-empty': { type: 'boolean' },
  // The default since empty sections are left out; still accepted so older scripts keep working.
  'omit-empty': { type: 'boolean' },
  header: { type: 'string' },
  'no-author': { type: 'boolean' },
  'no-timestamps': { type: 'boolean' },
  'for-review': { type: 'boolean' },
  internal: { type: 'boolean' },
  changes: { type: 'boolean' },
  'no-capacity': { type: 'boolean' },
  frame: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

/** "Norm 7 (UNGGE 2015 report, paragraph 13g) – Protecting critical infrastructure", or the heading. */
function sectionName(section: Section): string {
  return (
    [section.norm ? normLabel(section.norm) : '', section.heading.trim()].filter(Boolean).join(' – ') || section.kind
  );
}

function exportOptions(values: Values): DocxExportOptions {
  return {
    ...defaultExportOptions(),
    includeEmptySections: values['include-empty'] === true,
    headingForm: values['short-headings'] ? 'short' : 'official',
    headerLine: values.header ?? '',
    authorMode: values['no-author'] ? 'empty' : 'submitter',
    timestamps: values['no-timestamps'] ? 'omit' : 'export-time',
    ...(values.changes ? { changesAnnex: true } : {}),
    ...(values['no-capacity'] ? { capacityAnnex: false } : {}),
  };
}

/** The draft in the sections of the template `--frame` names, or as it is without it. */
async function inFrame(draft: Draft, frameId: string | undefined, io: CliIo): Promise<Draft> {
  if (frameId === undefined) return draft;
  try {
    const frame = findFrame(await loadRepoTemplates(io), frameId);
    return draftInFrame(draft, frame, await loadTemplateTexts(io, draft.language));
  } catch (error) {
    if (error instanceof UnknownFrameError)
      throw new CliError(
        `--frame: there is no template "${frameId}"; use one of ${error.validIds.join(', ')} (\`templates\` lists them)`,
        2,
      );
    if (error instanceof TemplateChangeError)
      throw new CliError(
        `--frame: this draft is too large to be written as ${frameId} (a limit of the draft format); export it without --frame`,
      );
    throw error;
  }
}

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'export', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, 1);
    if (values.help) return void io.stdout(usage);
    const input = positionals[0];
    if (input === undefined) throw new CliError('missing the .normdraft file to export', 2);
    const output = required(values.output, '-o <file.docx>');
    if (!output.toLowerCase().endsWith('.docx')) throw new CliError(`the output file must end in .docx: ${output}`, 2);
    if (values['include-empty'] && values['omit-empty'])
      throw new CliError('--include-empty and --omit-empty contradict each other: give one of them', 2);
    if (values['for-review'] && values.internal)
      throw new CliError('--for-review and --internal are different documents: give one of them', 2);
    // A reviewed file comes back onto the draft's own sections, so it is written in them.
    if (values['for-review'] && values.frame !== undefined)
      throw new CliError(
        '--for-review writes the draft in its own template, so the reviewed file can come back to it: leave out --frame',
        2,
      );
    const stored = await readDraftFile(input, io);
    const draft = await inFrame(stored, values.frame, io);
    if (values.changes && !draft.edition)
      throw new CliError(
        `${input} is not an edition of an earlier submission, so it has no changes to list: leave out --changes, or make an edition with \`edition\``,
        2,
      );
    const options = exportOptions(values);
    const env = { now: new Date() };
    const forReview = values['for-review'] === true;
    const bytes = forReview
      ? await exportForReview(draft, options, env)
      : values.internal
        ? await exportInternalDocx(internalDraft(draft), options, env)
        : await exportDocx(publicDraft(draft), options, env);
    await io.writeFileAtomic(output, bytes);
    const leftOut = sectionsLeftOut(draft.sections, options.includeEmptySections);
    const frame = draft.templateId === stored.templateId ? '' : `, written as ${draft.templateId}`;
    io.stdout(
      `Exported ${output} (${draft.sections.length - leftOut.length} of ${draft.sections.length} sections, language ${draft.language}${frame}).`,
    );
    if (forReview) {
      const counts = [...reviewCounts(draft).values()];
      const suggestions = counts.reduce((sum, c) => sum + c.suggestions, 0);
      const comments = counts.reduce((sum, c) => sum + c.comments, 0);
      io.stdout(`For review: ${suggestions} suggested changes as tracked changes, ${comments} comments.`);
    }
    if (values.internal)
      io.stdout(`Internal copy: marked "Internal" on every page, ${draft.contacts?.length ?? 0} points of contact.`);
    if (leftOut.length > 0)
      io.stdout(`Left out, no text yet (--include-empty keeps them): ${leftOut.map(sectionName).join('; ')}.`);
  });
}
