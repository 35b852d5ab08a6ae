// The words of a contribution's Word file (cover note, section bars) in the draft's language:
// document text, like the forum line (shared/docx/forum-line.ts), kept with the templates' texts.
import type { Language } from '../model/languages';
import { TEMPLATE_LOCALES, type TemplateLocale } from '../templates/template-locales';

export type ContributionTexts = TemplateLocale['contribution'];

export function contributionTexts(language: Language): ContributionTexts {
  return TEMPLATE_LOCALES[language].contribution;
}

/** The text with each {name} replaced by its value. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Bar texts in every language: a returned file is read whatever language its bars are in. */
export const ALL_BAR_TEXTS: ReadonlySet<string> = new Set(
  Object.values(TEMPLATE_LOCALES).flatMap(({ contribution }) => [contribution.asked, contribution.reference]),
);

/** Fill and border of the bars and of the cover note. */
export const BAR_COLOURS = {
  asked: { fill: 'FFE699', border: 'BF9000' },
  reference: { fill: 'E7E6E6', border: '7F7F7F' },
  cover: { fill: 'DEEAF6', border: '2E74B5' },
} as const;
