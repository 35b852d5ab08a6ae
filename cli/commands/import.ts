// `import`: an existing submission (.docx, .pdf, .md, .txt) -> a .normdraft on a template, with the
// import report (human-readable, or --json). The output is written atomically and only when the
// import succeeded; any failure is one line on stderr.
import { randomUUID } from 'node:crypto';
import { parseCommandArgs, required } from '../args';
import { CliError, type CliIo } from '../io';
import { loadRepoTemplates, loadTemplateTexts } from '../repo-files';
import { commandPdf } from '../pdf-page-threads';
import { runCommand } from '../run-command';
import english from '../../locales/en/import.json';
import { serializeNormdraft } from '../../shared/format/normdraft';
import {
  ImportError,
  importDocument,
  SIZE_LIMITS,
  type ImportReport,
  type ImportReviewSummary,
} from '../../shared/import/index';
import { interpolate, type MessageParams } from '../../shared/import/errors';
import { placingOutcome } from '../../shared/import/report';
import { officialNorm } from '../../shared/norms/official';
import type { Draft } from '../../shared/model/draft';
import { LANGUAGES, type Language } from '../../shared/model/languages';
import type { Translate } from '../../shared/templates/messages';

export const summary = 'import a .docx, .pdf, .md or .txt submission onto a template';
export const usage =
  'usage: import <file.docx|.pdf|.md|.txt> -o <file.normdraft> [--template <id>] [--reject-changes] [--json]';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  template: { type: 'string' },
  'reject-changes': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const say = (template: string, params: MessageParams = {}) => interpolate(template, params);

function reportLines(file: string, output: string, draft: Draft, report: ImportReport): string[] {
  const r = english.report;
  const lines = [
    `Imported ${file} -> ${output}`,
    say(r.format, { format: r.formatName[report.format] }),
    say(report.templateDetected ? r.templateDetected : r.templateChosen, {
      template: `${report.templateId} (${report.submitterKind})`,
    }),
    `Title: ${draft.fields.title}`,
    `Submitter: ${draft.fields.submitter}    Language: ${report.language}    Date: ${draft.fields.date}`,
  ];
  if (!report.submitterFound) lines.push(r.submitterMissing);
  lines.push(say(r.normsFound, { found: report.normsFound.length }));
  lines.push(
    report.normsMissing.length === 0
      ? r.allNormsFound
      : say(r.normsMissing, { letters: report.normsMissing.join(', ') }),
  );
  lines.push(say(r.footnotesKept, { count: report.footnotesKept }), '', `${r.sectionsTitle}:`);
  for (const section of report.sections) {
    const heading = section.norm
      ? `Norm ${officialNorm(section.norm).number} (13${section.norm}) ${section.heading}`
      : section.heading;
    lines.push(`  ${say(r.sectionWords, { heading, count: section.words })}`);
  }
  const placing = placingOutcome(report);
  lines.push(
    '',
    placing === 'all'
      ? r.noUnplaced
      : placing === 'with-notes'
        ? r.placedWithNotes
        : say(r.unplacedCount, { count: report.unplaced.length }),
  );
  for (const block of report.unplaced) {
    lines.push(`  [${say(r.unplacedReason[block.reason], { heading: block.heading })}] ${block.preview}`);
  }
  if (report.warnings.length > 0) {
    lines.push('', `${r.warningsTitle}:`);
    for (const warning of report.warnings) lines.push(`  - ${say(english.warning[warning.code], warning.params)}`);
  }
  if (report.review) lines.push('', ...reviewLines(report.review));
  return lines;
}

/** A Word file's tracked changes (taken or left, and how to choose the other way) and its comments. */
function reviewLines(review: ImportReviewSummary): string[] {
  const r = english.report.review;
  const lines = [`${r.title}:`];
  const changes = review.insertions + review.deletions;
  if (changes > 0) {
    const authors = review.authors.length > 0 ? review.authors.join(english.report.listSeparator) : r.unknownAuthor;
    lines.push(`  ${say(r.changes, { count: changes, authors })}`);
    lines.push(`  ${review.changes === 'accept' ? r.accepted : r.rejected}`);
    lines.push(
      review.changes === 'accept'
        ? '  Run again with --reject-changes to import the text as it was before them.'
        : '  Run again without --reject-changes to import the text with them.',
    );
  }
  if (review.comments.length > 0) {
    lines.push(`  ${say(r.comments, { count: review.comments.length + review.moreComments })}`);
    for (const comment of review.comments) lines.push(`    - ${comment.author || r.unknownAuthor}: ${comment.text}`);
    if (review.moreComments > 0) lines.push(`    ${say(r.moreComments, { count: review.moreComments })}`);
  }
  return lines;
}

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'import', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, 1);
    if (values.help) return void io.stdout(usage);
    const file = positionals[0];
    if (file === undefined) throw new CliError('missing the file to import', 2);
    const output = required(values.output, '-o <file.normdraft>');
    const templates = await loadRepoTemplates(io);
    // Section headings in the language the document turns out to be written in, as the app names them.
    const texts = new Map<Language, Translate>();
    for (const language of LANGUAGES) texts.set(language, await loadTemplateTexts(io, language));
    // Refused before reading: the largest file any format accepts (text formats are checked again inside).
    const limit = /\.(md|markdown|txt|text)$/i.test(file)
      ? SIZE_LIMITS.text
      : Math.max(SIZE_LIMITS.docx, SIZE_LIMITS.pdf);
    const bytes = await io.readFile(file, limit);
    let result;
    const pdf = commandPdf(bytes);
    try {
      result = await importDocument(
        { name: file, bytes },
        {
          templates,
          templateId: values.template,
          now: Date.now(),
          newId: randomUUID,
          trackedChanges: values['reject-changes'] ? 'reject' : 'accept',
          pdf: pdf.engine,
          translateFor: (language) => texts.get(language)!,
        },
      );
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(`${file}: ${error.message}`);
      throw error;
    } finally {
      pdf.close();
    }
    await io.writeFileAtomic(output, new TextEncoder().encode(serializeNormdraft(result.draft)));
    if (values.json) io.stdout(JSON.stringify({ output, report: result.report }, null, 2));
    else for (const line of reportLines(file, output, result.draft, result.report)) io.stdout(line);
  });
}
