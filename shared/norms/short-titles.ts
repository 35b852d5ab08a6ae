// The short titles the templates give the norm sections, in the app's six languages (read from
// the locale files, not copied). A norm section whose heading is none of them has a title of its
// own (the document's or the user's wording), which the export writes in the norm's heading line.
import type { NormLetter } from '../model/draft';
import type { Language } from '../model/languages';
import { TEMPLATE_LOCALES } from '../templates/template-locales';

const comparable = (text: string) => text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

export function normShortTitle(letter: NormLetter, language: Language): string {
  return TEMPLATE_LOCALES[language].norm[letter].title;
}

/** Whether `text` is the template's short title of the norm in any of the six languages. */
export function isNormShortTitle(letter: NormLetter, text: string): boolean {
  const wanted = comparable(text);
  return Object.values(TEMPLATE_LOCALES).some((messages) => comparable(messages.norm[letter].title) === wanted);
}
