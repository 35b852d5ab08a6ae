// `edition`: next year's draft from this submission (shared/edition/new-edition.ts): everything
// carried over, linked to this draft, every section marked "to update".
import { randomUUID } from 'node:crypto';
import { parseCommandArgs, required } from '../args';
import { CliError, type CliIo } from '../io';
import { readDraftFile } from '../read-draft';
import { runCommand } from '../run-command';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { newEdition } from '../../shared/edition/new-edition';

export const summary = 'start the next edition of a submission as a new draft';
export const usage = [
  'usage: edition <draft.normdraft> -o <next.normdraft>',
  '  The new draft holds everything the submission holds (sections, fields, footnotes, contacts),',
  '  remembers which draft it comes from, and marks every section "to update".',
  '  `export --changes` then adds an annex of what changed since this edition.',
].join('\n');

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'edition', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, 1);
    if (values.help) return void io.stdout(usage);
    const input = positionals[0];
    if (input === undefined) throw new CliError('missing the .normdraft file to start the edition from', 2);
    const output = required(values.output, '-o <next.normdraft>');
    if (!output.toLowerCase().endsWith('.normdraft'))
      throw new CliError(`the output file must end in .normdraft: ${output}`, 2);
    const previous = await readDraftFile(input, io);
    const next = newEdition(previous, { now: Date.now(), newId: randomUUID });
    await io.writeFileAtomic(output, new TextEncoder().encode(serializeNormdraft(next)));
    io.stdout(
      `Created ${output}, the next edition of "${previous.fields.title}" (${next.sections.length} sections marked to update).`,
    );
  });
}
