// `templates`: lists the templates a draft can start from.
import { parseCommandArgs } from '../args';
import { CliError, type CliIo } from '../io';
import { loadRepoTemplates, loadTemplateTexts } from '../repo-files';
import { runCommand } from '../run-command';
import { isLanguage, LANGUAGES } from '../../shared/model/languages';
import { officialNorm } from '../../shared/norms/official';
import type { Template } from '../../shared/templates/schema';
import type { Translate } from '../../shared/templates/messages';

/** Each section of the template: its kind, norm, heading in the language asked for, and its questions' ids. */
function templateParts(template: Template, t: Translate) {
  return template.sections.map((section) => ({
    kind: section.kind,
    norm: section.norm ?? null,
    heading: section.headingKey !== undefined ? t(section.headingKey) : section.heading!,
    fields: (section.fields ?? []).map((field) => field.id),
  }));
}

/** One part as a line of the text listing: its norm and heading, then its questions' ids, as in --json. */
function partLine(part: ReturnType<typeof templateParts>[number]): string {
  const heading = part.norm ? `Norm ${officialNorm(part.norm).number} (13${part.norm}): ${part.heading}` : part.heading;
  return part.fields.length === 0 ? heading : `${heading}: ${part.fields.join(', ')}`;
}

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
      parts: templateParts(template, t),
    }));
    if (values.json) return void io.stdout(JSON.stringify(list, null, 2));
    for (const item of list) {
      io.stdout(`${item.id.padEnd(26)} ${item.name} (${item.sections} sections, ${item.norms} norms)`);
      io.stdout(`${''.padEnd(26)} ${item.description}`);
      for (const part of item.parts) io.stdout(`${''.padEnd(26)}   ${partLine(part)}`);
    }
  });
}
