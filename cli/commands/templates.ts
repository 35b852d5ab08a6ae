// `templates`: lists the templates a draft can start from.
import { parseCommandArgs } from '../args';
import { CliError, type CliIo } from '../io';
import { loadRepoTemplates, loadTemplateTexts } from '../repo-files';
import { runCommand } from '../run-command';
import { isLanguage, LANGUAGES } from '../../shared/model/languages';

export const summary = 'list the templates';
export const usage = 'usage: templates [--json] [--language ar|zh|en|fr|ru|es]';

const OPTIONS = {
  json: { type: 'boolean' },
  language: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function run(args: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'templates', async () => {
    const { values } = parseCommandArgs(args, OPTIONS);
    if (values.help) return void io.stdout(usage);
    const language = values.language ?? 'en';
    if (!isLanguage(language)) throw new CliError(`unknown language "${language}"; use one of ${LANGUAGES.join(', ')}`);
    const t = await loadTemplateTexts(io, language);
    const list = (await loadRepoTemplates(io)).map((template) => ({
      id: template.id,
      version: template.version,
      name: t(template.nameKey),
      description: t(template.descriptionKey),
      submitterKind: template.submitterKind,
      sections: template.sections.length,
      norms: template.sections.filter((section) => section.kind === 'norm').length,
    }));
    if (values.json) return void io.stdout(JSON.stringify(list, null, 2));
    for (const item of list) {
      io.stdout(`${item.id.padEnd(26)} ${item.name} (${item.sections} sections, ${item.norms} norms)`);
      io.stdout(`${''.padEnd(26)} ${item.description}`);
    }
  });
}
