// `info`: reads a .normdraft strictly and describes it (sections, status, words, footnotes).
import { parseCommandArgs } from '../args';
import { CliError, type CliIo } from '../io';
import { readDraftFile } from '../read-draft';
import { runCommand } from '../run-command';
import { summarizeDraft, type DraftSummary } from '../../shared/model/summary';
import { normsWritten } from '../../shared/model/status';
import { officialNorm } from '../../shared/norms/official';
import type { Draft } from '../../shared/model/draft';
import { sectionCollaboration } from '../../shared/merge/section-authors';
import { reviewCounts } from '../../shared/review/counts';
import { listedFields } from '../../shared/model/field-paths';
import { checklistProgress } from '../../shared/model/section-fields';

export const summary = 'describe a .normdraft file';
export const usage = 'usage: info <file.normdraft> [--json]';

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** How far the practical-action checklists have come, when the draft has any. */
function checklistLine(draft: Draft): string[] {
  const { done, total } = checklistProgress(draft.sections.flatMap((section) => section.fields ?? []));
  return total === 0 ? [] : [`Checklists: ${done} of ${total} actions implemented or not applicable`];
}

/** What merged contributions left to review, when there is any. */
function reviewLine(draft: Draft): string[] {
  const collaboration = draft.collaboration;
  if (!collaboration) return [];
  const pending = collaboration.changes.filter((c) => c.status === 'pending').length;
  const open = collaboration.conflicts.filter((c) => c.status === 'open').length;
  if (pending + open === 0) return [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `Review:     ${count(pending, 'merged change', 'merged changes')} to accept or reject, ${count(open, 'conflict', 'conflicts')} to resolve`,
  ];
}

function table(draft: Draft, info: DraftSummary): string[] {
  const words = info.sections.reduce((sum, s) => sum + s.words, 0);
  const notes = info.sections.reduce((sum, s) => sum + s.footnotes, 0);
  const lines = [
    `Title:      ${info.title}`,
    `Submitter:  ${draft.fields.submitter} (${draft.submitterKind})`,
    `Template:   ${info.template}    Language: ${info.language}    Date: ${draft.fields.date}`,
    `Totals:     ${words} words, ${notes} footnotes, ${normsWritten(draft)} of 11 norms written`,
    ...checklistLine(draft),
    ...reviewLine(draft),
    '',
    `${'Section'.padEnd(60)} ${'Status'.padEnd(9)} ${'Words'.padStart(6)} ${'Notes'.padStart(5)}`,
  ];
  for (const s of info.sections) {
    const label = s.norm ? `Norm ${officialNorm(s.norm).number} (13${s.norm}): ${s.title}` : s.title;
    const shown = label.length > 60 ? `${label.slice(0, 59)}…` : label;
    lines.push(
      `${shown.padEnd(60)} ${s.status.padEnd(9)} ${String(s.words).padStart(6)} ${String(s.footnotes).padStart(5)}`,
    );
  }
  return lines;
}

/**
 * Per section, its open conflicts, the contributors whose changes it holds, its pending
 * suggestions and comments, and its structured fields and checklist items (ids as `fill` takes them);
 * then the points of contact (always internal: only the internal export writes them) and the
 * previous edition this draft was made from, if any.
 */
function withCollaboration(draft: Draft, info: DraftSummary) {
  const review = reviewCounts(draft);
  const edition = draft.edition;
  return {
    ...info,
    contacts: (draft.contacts ?? []).map((contact) => ({ ...contact, internal: true })),
    edition: edition ? { id: edition.previousId, title: edition.previousTitle, date: edition.previousDate } : null,
    sections: info.sections.map((s) => {
      const index = draft.sections.findIndex((section) => section.id === s.id);
      return {
        ...s,
        ...sectionCollaboration(draft, s.id),
        ...(review.get(s.id) ?? { suggestions: 0, comments: 0 }),
        fields: index < 0 ? [] : listedFields(draft.sections[index]!, index),
      };
    }),
  };
}

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'info', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, 1);
    if (values.help) return void io.stdout(usage);
    const file = positionals[0];
    if (file === undefined) throw new CliError('missing the .normdraft file to describe', 2);
    const draft = await readDraftFile(file, io);
    const info = summarizeDraft(draft);
    if (values.json) io.stdout(JSON.stringify(withCollaboration(draft, info), null, 2));
    else for (const line of table(draft, info)) io.stdout(line);
  });
}
