// `new`: creates a .normdraft from a template, with the submitter, forum, language and date
// filled into the title block and boilerplate.
import { randomUUID } from 'node:crypto';
import { parseCommandArgs, required } from '../args';
import { CliError, type CliIo } from '../io';
import { loadRepoTemplates, loadTemplateTexts } from '../repo-files';
import { runCommand } from '../run-command';
import { createDraft } from '../../shared/templates/create-draft';
import { findTemplate } from '../../shared/templates/schema';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { isLanguage, LANGUAGES } from '../../shared/model/languages';
import { isIsoDate } from '../../shared/model/dates';
import type { SubmitterKind } from '../../shared/model/draft';

export const summary = 'create a draft from a template';
export const usage = [
  'usage: new --template <id> --author "<State or organisation>" -o <file.normdraft>',
  '           [--forum "<forum>"] [--language ar|zh|en|fr|ru|es] [--date YYYY-MM-DD]',
  '           [--kind state|stakeholder] [--issuing-body "<ministry>"] [--title "<title>"]',
  '           [--government "<government>"]',
].join('\n');

const OPTIONS = {
  template: { type: 'string' },
  author: { type: 'string' },
  forum: { type: 'string' },
  language: { type: 'string' },
  date: { type: 'string' },
  kind: { type: 'string' },
  'issuing-body': { type: 'string' },
  title: { type: 'string' },
  government: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function submitterKindOf(value: string | undefined): SubmitterKind | undefined {
  if (value === undefined || value === 'state' || value === 'stakeholder') return value;
  throw new CliError(`--kind must be "state" or "stakeholder", not "${value}"`);
}

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'new', async () => {
    const { values } = parseCommandArgs(args, OPTIONS);
    if (values.help) return void io.stdout(usage);
    const templateId = required(values.template, '--template');
    const submitter = required(values.author, '--author');
    const output = required(values.output, '-o <file.normdraft>');
    const language = values.language ?? 'en';
    if (!isLanguage(language)) throw new CliError(`unknown language "${language}"; use one of ${LANGUAGES.join(', ')}`);
    const date = values.date ?? localToday();
    if (!isIsoDate(date)) throw new CliError(`invalid date "${date}"; expected a real date written YYYY-MM-DD`);
    const templates = await loadRepoTemplates(io);
    const template = findTemplate(templates, templateId);
    if (!template)
      throw new CliError(`unknown template "${templateId}"; available: ${templates.map((t) => t.id).join(', ')}`);
    const draft = createDraft(
      template,
      {
        submitter,
        submitterKind: submitterKindOf(values.kind),
        forum: values.forum ?? '',
        language,
        date,
        issuingBody: values['issuing-body'],
        title: values.title,
        government: values.government,
      },
      { now: Date.now(), newId: randomUUID, translate: await loadTemplateTexts(io, language) },
    );
    await io.writeFileAtomic(output, new TextEncoder().encode(serializeNormdraft(draft)));
    io.stdout(
      `Created ${output} from template ${template.id} (${draft.sections.length} sections, language ${language}).`,
    );
  });
}
