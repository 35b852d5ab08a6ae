// `merge`: returned contributions (.normdraft, or a returned .docx) merged into the lead's draft,
// written as a new .normdraft. What does not conflict applies; conflicts stay in the draft,
// unresolved, with both texts and authors, and the command still succeeds. A contribution file
// that cannot be used is reported and left out; the others are merged.
import { randomUUID } from 'node:crypto';
import { parseCommandArgs, required } from '../args';
import { CliError, type CliIo } from '../io';
import { runCommand } from '../run-command';
import { FileFormatError } from '../../shared/format/file-format-error';
import {
  lineageForSave,
  MAX_NORMDRAFT_BYTES,
  readNormdraftBytes,
  serializeNormdraft,
} from '../../shared/format/normdraft';
import { SIZE_LIMITS } from '../../shared/import/index';
import { readReturnedDocx } from '../../shared/contribution/word';
import {
  mergeContributions,
  type ContributionInput,
  type ContributionOutcome,
  type MergeOutcome,
} from '../../shared/merge/merge-draft';
import { normLabel } from '../../shared/norms/official';
import type { Draft } from '../../shared/model/draft';

export const summary = 'merge returned contributions into the draft they were sent from';
export const usage = [
  'usage: merge <draft.normdraft> <contribution.normdraft|.docx>... -o <merged.normdraft> [--json]',
  '  Changes that do not overlap are applied and marked with their author; changes to the same',
  '  paragraph by two people are kept as conflicts to resolve in the app. Exits 0 with conflicts.',
].join('\n');

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** More contribution files than anyone returns; bounds the arguments read. */
const MAX_CONTRIBUTIONS = 500;

/** A contribution file that could not be read, with what is wrong in plain words. */
interface Unreadable {
  source: string;
  message: string;
}

async function readContribution(file: string, lead: Draft, io: CliIo): Promise<Draft | Unreadable> {
  const word = /\.docx$/i.test(file);
  try {
    if (word) return await readReturnedDocx(await io.readFile(file, SIZE_LIMITS.docx), lead);
    return readNormdraftBytes(await io.readFile(file, MAX_NORMDRAFT_BYTES)).draft;
  } catch (error) {
    if (error instanceof CliError) return { source: file, message: error.message };
    if (error instanceof FileFormatError) return { source: file, message: `${file}: ${error.message}` };
    const what = word ? 'Word document' : 'file';
    return { source: file, message: `${file}: this ${what} could not be read as a returned contribution` };
  }
}

const STATUS_TEXT: Record<Exclude<ContributionOutcome['status'], 'merged'>, string> = {
  'already-merged': 'already merged (the same contribution was returned before); nothing changed',
  'other-draft': 'a contribution to another draft, not to this one; left out',
  'not-a-contribution': 'not a contribution file (it carries no contribution request); left out',
  'nothing-changed': 'returned without changes to the sections asked for',
};

const UNPLACED_TEXT = {
  'not-asked': 'edited, but not asked of this contributor',
  'section-removed': 'the section is no longer in the draft',
  'new-section': 'a section the draft does not have',
} as const;

function sectionName(norm: Draft['sections'][number]['norm'], heading: string): string {
  return norm ? `${normLabel(norm)} – ${heading}` : heading;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summaryLines(output: string, outcome: MergeOutcome, unreadable: Unreadable[]): string[] {
  const merged = outcome.contributions.filter((c) => c.status === 'merged').length;
  const files = outcome.contributions.length + unreadable.length;
  const lines = [
    `Merged ${merged} of ${plural(files, 'file', 'files')} into ${output}: ${plural(outcome.applied, 'change', 'changes')} applied, ${plural(outcome.conflicts, 'conflict', 'conflicts')} to resolve.`,
  ];
  for (const contribution of outcome.contributions) {
    const who = contribution.contributor
      ? `${contribution.contributor.name}${contribution.contributor.organisation ? ` (${contribution.contributor.organisation})` : ''}`
      : 'unknown contributor';
    lines.push(
      `  ${contribution.source} — ${who}${contribution.status === 'merged' ? '' : `: ${STATUS_TEXT[contribution.status]}`}`,
    );
    for (const section of contribution.sections)
      lines.push(
        `    ${sectionName(section.norm, section.heading)}: ${section.applied} applied, ${plural(section.conflicts, 'conflict', 'conflicts')}`,
      );
    for (const left of contribution.unplaced)
      lines.push(`    Not placed: ${left.heading} — ${UNPLACED_TEXT[left.reason]}`);
  }
  for (const file of unreadable) lines.push(`  left out of the merge: ${file.message}`);
  return lines;
}

function jsonReport(output: string, outcome: MergeOutcome, unreadable: Unreadable[]) {
  return {
    output,
    contributions: [
      ...outcome.contributions.map((c) => ({
        file: c.source,
        contributor: c.contributor?.name ?? null,
        organisation: c.contributor?.organisation ?? null,
        status: c.status,
        sections: c.sections.map(({ id, norm, applied, conflicts }) => ({ id, norm, applied, conflicts })),
        unplaced: c.unplaced,
      })),
      ...unreadable.map((u) => ({
        file: u.source,
        contributor: null,
        organisation: null,
        status: 'unreadable',
        message: u.message,
        sections: [],
        unplaced: [],
      })),
    ],
    applied: outcome.applied,
    conflicts: outcome.conflicts,
  };
}

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'merge', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, MAX_CONTRIBUTIONS + 1);
    if (values.help) return void io.stdout(usage);
    const [draftFile, ...files] = positionals;
    if (draftFile === undefined) throw new CliError('missing the .normdraft file to merge into', 2);
    if (files.length === 0) throw new CliError('missing the contribution files to merge', 2);
    const output = required(values.output, '-o <merged.normdraft>');
    let lead;
    try {
      lead = readNormdraftBytes(await io.readFile(draftFile, MAX_NORMDRAFT_BYTES));
    } catch (error) {
      if (error instanceof FileFormatError) throw new CliError(`${draftFile}: ${error.message}`);
      throw error;
    }
    if (lead.draft.contribution)
      throw new CliError(
        `${draftFile} is a contribution file, not the draft it was sent from; give the lead's draft first`,
      );
    const inputs: ContributionInput[] = [];
    const unreadable: Unreadable[] = [];
    for (const file of files) {
      const read = await readContribution(file, lead.draft, io);
      if ('message' in read) unreadable.push(read);
      else inputs.push({ draft: read, source: file });
    }
    const outcome = mergeContributions(lead.draft, inputs, { now: Date.now(), newId: randomUUID });
    await io.writeFileAtomic(
      output,
      new TextEncoder().encode(serializeNormdraft(outcome.draft, lineageForSave(outcome.draft, lead.lineage))),
    );
    for (const file of unreadable) io.stderr(`warning: ${file.message.replace(/\.$/, '')} (left out of the merge)`);
    for (const { source, status } of outcome.contributions)
      if (status === 'other-draft' || status === 'not-a-contribution')
        io.stderr(`warning: ${source}: ${STATUS_TEXT[status]}`);
    if (values.json) io.stdout(JSON.stringify(jsonReport(output, outcome, unreadable), null, 2));
    else for (const line of summaryLines(output, outcome, unreadable)) io.stdout(line);
  });
}
