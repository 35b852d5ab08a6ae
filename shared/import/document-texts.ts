// Texts the importer writes into the draft itself, in the draft's language (not the UI's): the
// heading of the "Unplaced content" section.
import ar from '../../locales/ar/import.json';
import en from '../../locales/en/import.json';
import es from '../../locales/es/import.json';
import fr from '../../locales/fr/import.json';
import ru from '../../locales/ru/import.json';
import zh from '../../locales/zh/import.json';
import type { Language } from '../model/languages';

const TEXTS: Record<Language, typeof en.document> = {
  ar: ar.document,
  zh: zh.document,
  en: en.document,
  fr: fr.document,
  ru: ru.document,
  es: es.document,
};

export function documentTexts(language: Language): typeof en.document {
  return TEXTS[language];
}
