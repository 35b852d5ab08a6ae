// Words the internal export and the changes and capacity annexes write, in the document's language (locales'
// templates namespace, like the forum line).
import * as ar from '../../locales/ar/templates.json';
import * as en from '../../locales/en/templates.json';
import * as es from '../../locales/es/templates.json';
import * as fr from '../../locales/fr/templates.json';
import * as ru from '../../locales/ru/templates.json';
import * as zh from '../../locales/zh/templates.json';
import type { Language } from '../model/languages';
export { fill } from '../contribution/word-texts';

type Words = Pick<typeof en, 'internalCopy' | 'changesAnnex' | 'capacityAnnex'>;

const WORDS: Record<Language, Words> = { ar, en, es, fr, ru, zh };

export function internalCopyWords(language: Language): Words['internalCopy'] {
  return WORDS[language].internalCopy;
}

export function changesAnnexWords(language: Language): Words['changesAnnex'] {
  return WORDS[language].changesAnnex;
}

export function capacityAnnexWords(language: Language): Words['capacityAnnex'] {
  return WORDS[language].capacityAnnex;
}
