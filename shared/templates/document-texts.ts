// Template texts in a document's language, for writers that run without the UI's i18n (the DOCX
// writer's field labels, statuses and table headings). English stands in for a missing text.
import type { Language } from '../model/languages';
import { messagesTranslator, type Translate } from './messages';
import { TEMPLATE_LOCALES } from './template-locales';

const translators = new Map<Language, Translate>();

export function documentTexts(language: Language): Translate {
  let translate = translators.get(language);
  if (!translate) {
    translate = messagesTranslator(TEMPLATE_LOCALES[language]);
    translators.set(language, translate);
  }
  return translate;
}
