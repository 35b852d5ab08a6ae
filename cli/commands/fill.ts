// `fill`: sets structured fields and checklist items of a .normdraft from the command line, for
// scripts and batch work. Every assignment is checked first; one refused value writes nothing.
import { parseCommandArgs, required } from '../args';
import { CliError, type CliIo } from '../io';
import { runCommand } from '../run-command';
import { readDraftFileWithLineage } from '../read-draft';
import { lineageForSave, serializeNormdraft } from '../../shared/format/normdraft';
import { FieldValueError, fillFields } from '../../shared/model/field-paths';

export const summary = 'set structured fields and checklist items';
export const usage = [
  'usage: fill <draft.normdraft> --field <id>=<value> [--field <id>=<value>...] -o <out.normdraft>',
  '  ids as `info --json` lists them, e.g. norm-g.measuresLegislation="The Act of 2024"',
  '  a checklist item takes a status: norm-g.practicalActions.g1=implemented (notStarted, inProgress,',
  '  implemented, notApplicable); its details: <item>.leadAgency=, <item>.evidence=, <item>.note=;',
  '  any field or item: <id>.internal=true|false; a choice: option ids separated by commas',
].join('\n');

const OPTIONS = {
  field: { type: 'string', multiple: true },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

function assignment(text: string): { id: string; value: string } {
  const at = text.indexOf('=');
  if (at <= 0) throw new CliError(`--field takes <id>=<value>, not "${text}"`, 2);
  return { id: text.slice(0, at).trim(), value: text.slice(at + 1) };
}

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'fill', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, 1);
    if (values.help) return void io.stdout(usage);
    const file = positionals[0];
    if (file === undefined) throw new CliError('missing the .normdraft file to fill', 2);
    const output = required(values.output, '-o <out.normdraft>');
    const assignments = (values.field ?? []).map(assignment);
    if (assignments.length === 0) throw new CliError('missing --field <id>=<value>', 2);
    const read = await readDraftFileWithLineage(file, io);
    let filled;
    try {
      filled = fillFields(read.draft, assignments);
    } catch (error) {
      if (error instanceof FieldValueError) throw new CliError(`${error.message} Nothing was written.`);
      throw error;
    }
    const draft = { ...filled, updatedAt: Math.max(Date.now(), read.draft.updatedAt) };
    await io.writeFileAtomic(
      output,
      new TextEncoder().encode(serializeNormdraft(draft, lineageForSave(draft, read.lineage))),
    );
    io.stdout(`Filled ${assignments.length} ${assignments.length === 1 ? 'value' : 'values'} into ${output}.`);
  });
}
