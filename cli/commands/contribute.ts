// `contribute`: the contributor's copy of a draft, asking for the named sections, as a
// .normdraft (or a Word document). The contributor is added to the draft's list if new, and the
// draft file records what was sent, so the returned file can later be recognised and merged.
import { randomUUID } from 'node:crypto';
import { parseCommandArgs, required } from '../args';
import { CliError, type CliIo } from '../io';
import { runCommand } from '../run-command';
import { readDraftFileWithLineage } from '../read-draft';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { isIsoDate } from '../../shared/model/dates';
import { makeContribution, withContributor } from '../../shared/contribution/make-contribution';
import { SELECTOR_HELP, selectSections } from '../../shared/contribution/section-selectors';
import { contributionDocx } from '../../shared/contribution/word';

export const summary = 'make a contributor’s copy of a draft, asking for some of its sections';
export const usage = [
  'usage: contribute <draft.normdraft> --to "<name>" [--organisation "<org>"] --sections <a,g,summary|all>',
  '           -o <contribution.normdraft|contribution.docx> [--request "<what is asked>"] [--due YYYY-MM-DD]',
  '           [--omit-others]',
  `  --sections      ${SELECTOR_HELP}, separated by commas`,
  '  --request       what is asked, in your words',
  '  --due           the date the contribution is due',
  '  --omit-others   leave the other sections out (by default they travel read-only, for context)',
  'The draft file is updated: the contributor is added to its list if new, and the contribution is recorded.',
].join('\n');

const OPTIONS = {
  to: { type: 'string' },
  organisation: { type: 'string' },
  sections: { type: 'string' },
  request: { type: 'string' },
  due: { type: 'string' },
  'omit-others': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

function quoted(words: string[]): string {
  return words.map((word) => `"${word}"`).join(', ');
}

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'contribute', async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, 1);
    if (values.help) return void io.stdout(usage);
    const input = positionals[0];
    if (input === undefined) throw new CliError('missing the .normdraft file of the draft to share', 2);
    const name = required(values.to, '--to "<name>"');
    const selectors = required(values.sections, '--sections <a,g,summary|all>');
    const output = required(values.output, '-o <contribution.normdraft>');
    const lower = output.toLowerCase();
    const word = lower.endsWith('.docx');
    if (!word && !lower.endsWith('.normdraft'))
      throw new CliError(`the output file must end in .normdraft or .docx: ${output}`, 2);
    const due = values.due ?? '';
    if (due !== '' && !isIsoDate(due))
      throw new CliError(`invalid date "${due}"; expected a real date written YYYY-MM-DD`);

    const read = await readDraftFileWithLineage(input, io);
    const draft = read.draft;
    if (draft.contribution)
      throw new CliError(
        `${input} is itself a contribution to ${draft.contribution.from.name}'s draft: only the draft's own file can be shared out`,
      );
    const selected = selectSections(selectors, draft.sections);
    if (!selected.ok) {
      const problems = [
        selected.unknown.length > 0 ? `unknown sections ${quoted(selected.unknown)}` : '',
        selected.absent.length > 0 ? `the draft has no section for ${quoted(selected.absent)}` : '',
      ].filter(Boolean);
      throw new CliError(
        `${problems.length > 0 ? problems.join('; ') : 'no sections named'}; name ${SELECTOR_HELP}`,
        problems.length > 0 && selected.unknown.length === 0 ? 1 : 2,
      );
    }

    const listed = withContributor(
      draft,
      { name, organisation: values.organisation ?? '', request: values.request, due: values.due },
      selected.ids,
      randomUUID,
    );
    const made = makeContribution(listed.draft, listed.contributorId, {
      others: values['omit-others'] ? 'omitted' : 'read-only',
      now: Date.now(),
      newId: randomUUID,
      medium: word ? 'word' : 'normdraft',
    });
    let bytes: Uint8Array;
    if (word) {
      try {
        bytes = await contributionDocx(made.copy, { now: new Date() });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new CliError(`cannot write the contribution as a Word document (${reason}); write a .normdraft instead`);
      }
    } else bytes = new TextEncoder().encode(serializeNormdraft(made.copy));
    // The contribution first: if it cannot be written, the draft does not claim it was sent.
    await io.writeFileAtomic(output, bytes);
    await io.writeFileAtomic(input, new TextEncoder().encode(serializeNormdraft(made.lead, read.lineage ?? undefined)));
    const sections = made.copy.contribution!.sections.length;
    io.stdout(`Wrote ${output} for ${name} (${sections} of ${draft.sections.length} sections to write).`);
    io.stdout(`Recorded in ${input}.`);
  });
}
