// Template texts in a document's language, for writers that run without the UI's i18n (the DOCX
// writer's field labels, statuses and table headings). English stands in for a missing text.
import ar from '../../locales/ar/templates.json';
import en from '../../locales/en/templates.json';
import es from '../../locales/es/templates.json';
import fr from '../../locales/fr/templates.json';
import ru from '../../locales/ru/templates.json';
import zh from '../../locales/zh/templates.json';
import type { Language } from '../model/languages';
import { messagesTranslator, type Translate } from './messages';

const MESSAGES: Record<Language, unknown> = { ar, en, es, fr, ru, zh };
const translators = new Map<Language, Translate>();

export function documentTexts(language: Language): Translate {
  let translate = translators.get(language);
  if (!translate) {
    translate = messagesTranslator(MESSAGES[language]);
    translators.set(language, translate);
  }
  return translate;
}
