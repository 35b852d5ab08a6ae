// UI text of each language, bundled with the app (it must work with no network) but as one chunk
// per language, loaded when the language is first needed: the UI language before the first
// render, a draft's document language when the draft opens (its headings and sub-headings).
import i18next, { type ResourceLanguage } from 'i18next';
import type { Language } from '../../../shared/model/languages';

/** Each bundle maps `…/locales/<language>/<namespace>.json` to the file's texts. */
const bundles: Record<Language, () => Promise<{ default: Record<string, Record<string, unknown>> }>> = {
  ar: () => import('./bundles/ar'),
  en: () => import('./bundles/en'),
  es: () => import('./bundles/es'),
  fr: () => import('./bundles/fr'),
  ru: () => import('./bundles/ru'),
  zh: () => import('./bundles/zh'),
};

function byNamespace(files: Record<string, Record<string, unknown>>): ResourceLanguage {
  const texts: ResourceLanguage = {};
  for (const [path, file] of Object.entries(files)) {
    const namespace = /\/([\w-]+)\.json$/.exec(path)?.[1];
    if (namespace) texts[namespace] = file;
  }
  return texts;
}

const loaded = new Map<Language, Promise<ResourceLanguage>>();

/** The language's texts (each chunk is fetched once). */
export function languageResources(language: Language): Promise<ResourceLanguage> {
  let bundle = loaded.get(language);
  if (!bundle) {
    bundle = bundles[language]().then((module) => byNamespace(module.default));
    // A failed load (a damaged install) may be tried again.
    void bundle.catch(() => loaded.delete(language));
    loaded.set(language, bundle);
  }
  return bundle;
}

/** Makes the language's texts available to i18next (t, getFixedT) before it is used. */
export async function loadLanguage(language: Language): Promise<void> {
  const bundle = await languageResources(language);
  if (i18next.hasResourceBundle(language, 'common')) return;
  for (const [namespace, texts] of Object.entries(bundle))
    i18next.addResourceBundle(language, namespace, texts, true, false);
}
