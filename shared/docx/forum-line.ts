// The forum line of the title block, "Submitted to: …" in the document's language: the same
// words the templates write (templates' block.forumLine), which import recognises in every language.
import { block as ar } from '../../locales/ar/templates.json';
import { block as en } from '../../locales/en/templates.json';
import { block as es } from '../../locales/es/templates.json';
import { block as fr } from '../../locales/fr/templates.json';
import { block as ru } from '../../locales/ru/templates.json';
import { block as zh } from '../../locales/zh/templates.json';
import type { Language } from '../model/languages';

const FORUM_LINES: Record<Language, string> = {
  ar: ar.forumLine,
  en: en.forumLine,
  es: es.forumLine,
  fr: fr.forumLine,
  ru: ru.forumLine,
  zh: zh.forumLine,
};

/** "Submitted to: <forum>" in `language`; empty when no forum was given. */
export function forumLine(forum: string, language: Language): string {
  const name = forum.trim();
  return name ? FORUM_LINES[language].replace('{forum}', name) : '';
}
