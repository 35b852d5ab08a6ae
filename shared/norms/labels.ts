// The lead-in that heads a norm in a document: "Norm 7 (UNGGE 2015 report, paragraph 13g) – ",
// in the document's language. The label is the document's own wording, so it follows the
// language; the norm's official text after it is never ours to translate (see official.ts).
import type { NormLetter } from '../model/draft';
import type { Language } from '../model/languages';
import { paragraphLetter } from './letters';

interface LabelForm {
  /** {n}: the norm's number (1-11); {x}: its sub-paragraph letter as the language writes it. */
  label: string;
  /** Between the label and the norm's text. */
  separator: string;
}

// The UN's names for the Group of Governmental Experts and its way of citing a sub-paragraph
// in each language ("paragraphe 13 g)", "الفقرة 13 (ز)", "第13(g)段").
export const NORM_LABEL_FORMS: Readonly<Record<Language, LabelForm>> = {
  en: { label: 'Norm {n} (UNGGE 2015 report, paragraph 13{x})', separator: ' – ' },
  fr: {
    label: 'Norme {n} (rapport de 2015 du Groupe d’experts gouvernementaux, paragraphe 13 {x}))',
    separator: ' – ',
  },
  es: { label: 'Norma {n} (informe de 2015 del Grupo de Expertos Gubernamentales, párrafo 13 {x}))', separator: ' – ' },
  ru: { label: 'Норма {n} (доклад Группы правительственных экспертов 2015 года, пункт 13 {x}))', separator: ' – ' },
  zh: { label: '规范{n}（2015年政府专家组报告第13({x})段）', separator: '：' },
  ar: { label: 'القاعدة {n} (تقرير فريق الخبراء الحكوميين لعام 2015، الفقرة 13 ({x}))', separator: ' – ' },
};

/** The label of the norm numbered `number` with sub-paragraph `letter`, in `language`. */
export function formatNormLabel(number: number, letter: NormLetter, language: Language): string {
  return NORM_LABEL_FORMS[language].label
    .replace('{n}', String(number))
    .replace('{x}', paragraphLetter(letter, language));
}

export function normLabelSeparator(language: Language): string {
  return NORM_LABEL_FORMS[language].separator;
}
