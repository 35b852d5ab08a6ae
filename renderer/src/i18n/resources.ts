// Every locales/<language>/<namespace>.json, bundled: the app must work with no network.
import type { Resource } from 'i18next';
import { LANGUAGES } from '../../../shared/model/languages';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json', { eager: true });

export function loadResources(): Resource {
  const resources: Resource = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /locales\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    if (!(LANGUAGES as readonly string[]).includes(language)) continue;
    resources[language] ??= {};
    resources[language][namespace] = module.default;
  }
  return resources;
}
