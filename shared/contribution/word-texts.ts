// The words of a contribution's Word file (cover note, section bars) in the draft's language:
// document text, like the forum line (shared/docx/forum-line.ts), kept with the templates' texts.
import { contribution as ar } from '../../locales/ar/templates.json';
import { contribution as en } from '../../locales/en/templates.json';
import { contribution as es } from '../../locales/es/templates.json';
import { contribution as fr } from '../../locales/fr/templates.json';
import { contribution as ru } from '../../locales/ru/templates.json';
import { contribution as zh } from '../../locales/zh/templates.json';
import type { Language } from '../model/languages';

export type ContributionTexts = typeof en;

const TEXTS: Record<Language, ContributionTexts> = { ar, en, es, fr, ru, zh };

export function contributionTexts(language: Language): ContributionTexts {
  return TEXTS[language];
}

/** The text with each {name} replaced by its value. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Bar texts in every language: a returned file is read whatever language its bars are in. */
export const ALL_BAR_TEXTS: ReadonlySet<string> = new Set(
  Object.values(TEXTS).flatMap((texts) => [texts.asked, texts.reference]),
);

/** Fill and border of the bars and of the cover note. */
export const BAR_COLOURS = {
  asked: { fill: 'FFE699', border: 'BF9000' },
  reference: { fill: 'E7E6E6', border: '7F7F7F' },
  cover: { fill: 'DEEAF6', border: '2E74B5' },
} as const;
