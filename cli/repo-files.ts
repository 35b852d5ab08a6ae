// The data the command line reads from this repository (templates, template texts), found
// relative to this file so the CLI works from any working directory. The bundled CLI carries
// the same data inside itself (embedded-data.ts).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadTemplates, TemplateError, type Template } from '../shared/templates/schema';
import { messagesTranslator, type Translate } from '../shared/templates/messages';
import type { Language } from '../shared/model/languages';
import { CliError, type CliIo } from './io';
import { EMBEDDED_REPO_DATA } from './embedded-data';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TEMPLATES_DIR = join(REPO_ROOT, 'templates');
export const LOCALES_DIR = join(REPO_ROOT, 'locales');
const TEMPLATE_SUFFIX = '.template.json';
const MAX_DATA_FILE_BYTES = 4 * 1024 * 1024;

async function readJson(io: CliIo, path: string): Promise<unknown> {
  const bytes = await io.readFile(path, MAX_DATA_FILE_BYTES);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Every templates/*.template.json, validated. */
export async function loadRepoTemplates(io: CliIo, dir = TEMPLATES_DIR): Promise<Template[]> {
  let raws: unknown[];
  if (EMBEDDED_REPO_DATA && dir === TEMPLATES_DIR) {
    raws = Object.keys(EMBEDDED_REPO_DATA.templates)
      .sort()
      .map((name) => EMBEDDED_REPO_DATA!.templates[name]);
  } else {
    const names = (await io.readDir(dir)).filter((name) => name.endsWith(TEMPLATE_SUFFIX)).sort();
    raws = await Promise.all(names.map((name) => readJson(io, join(dir, name))));
  }
  try {
    return loadTemplates(raws);
  } catch (error) {
    if (error instanceof TemplateError) throw new CliError(error.message);
    throw error;
  }
}

/** Template texts in `language`, English for anything missing (or if the file is absent). */
export async function loadTemplateTexts(io: CliIo, language: Language): Promise<Translate> {
  try {
    if (EMBEDDED_REPO_DATA) return messagesTranslator(EMBEDDED_REPO_DATA.templateTexts[language] ?? {});
    return messagesTranslator(await readJson(io, join(LOCALES_DIR, language, 'templates.json')));
  } catch {
    return messagesTranslator({});
  }
}
