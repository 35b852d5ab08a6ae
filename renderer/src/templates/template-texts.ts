// A template's texts (headings, boilerplate) in a document language, which may differ from the
// language of the interface: for moving a draft onto a template or writing it in another's frame.
import i18next from 'i18next';
import type { Language } from '../../../shared/model/languages';
import type { Translate } from '../../../shared/templates';

export function templateTexts(language: Language): Translate {
  const inLanguage = i18next.getFixedT(language, 'templates');
  return (key) => inLanguage(key);
}
