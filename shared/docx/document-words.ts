// Words the internal export and the changes and capacity annexes write, in the document's language (locales'
// templates namespace, like the forum line).
import type { Language } from '../model/languages';
import { TEMPLATE_LOCALES, type TemplateLocale } from '../templates/template-locales';
export { fill } from '../contribution/word-texts';

type Words = Pick<TemplateLocale, 'internalCopy' | 'changesAnnex' | 'capacityAnnex'>;

export function internalCopyWords(language: Language): Words['internalCopy'] {
  return TEMPLATE_LOCALES[language].internalCopy;
}

export function changesAnnexWords(language: Language): Words['changesAnnex'] {
  return TEMPLATE_LOCALES[language].changesAnnex;
}

export function capacityAnnexWords(language: Language): Words['capacityAnnex'] {
  return TEMPLATE_LOCALES[language].capacityAnnex;
}
