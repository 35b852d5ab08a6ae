// Looks up template texts (namespace `templates`) by dotted key. The English file is bundled as the
// fallback, so a draft is always created with real text even when a translation is missing.
import english from '../../locales/en/templates.json';

export type Translate = (key: string) => string;

/** Resolves `norm.g.guidance.1` in a nested messages object; undefined when absent. */
export function lookupMessage(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function englishMessage(key: string): string | undefined {
  return lookupMessage(english, key);
}

/** A translate function over one language's messages, falling back to English, then to the key. */
export function messagesTranslator(messages: unknown): Translate {
  return (key) => lookupMessage(messages, key) ?? englishMessage(key) ?? key;
}

/**
 * The text for `key`: the host's translation when it has one (i18next returns the key itself
 * when it has none), else English, else `fallback`, else the key.
 */
export function resolveMessage(key: string, translate: Translate | undefined, fallback?: string): string {
  const translated = translate?.(key);
  if (translated && translated !== key) return translated;
  return englishMessage(key) ?? fallback ?? key;
}
