// How a section is named in the UI: norm sections by their number, letter and short title.
// Where the app speaks (outline, coverage, comparisons), a heading still worded as the template
// gave it is shown in the interface's language; a heading the user wrote is document text.
import i18next, { type TFunction } from 'i18next';
import type { NormLetter, Section } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { paragraphLetter } from '../../../shared/norms/letters';
import { officialNorm } from '../../../shared/norms/official';
import { headingKeyCandidates } from '../../../shared/templates/guidance';
import { TEMPLATES } from './registry';
import { currentUiLanguage } from '../i18n/setup';
import { KIND_KEYS } from './labels';

/** The template key of a heading still worded as the template gave it in `documentLanguage`. */
export function templateHeadingKey(
  section: Pick<Section, 'kind' | 'norm' | 'heading'>,
  documentLanguage: Language,
): string | null {
  const heading = section.heading.trim();
  if (!heading) return null;
  const inDocument = i18next.getFixedT(documentLanguage, 'templates');
  return headingKeyCandidates(section, TEMPLATES).find((key) => inDocument(key) === heading) ?? null;
}

/**
 * The section's title. With `documentLanguage` (the app naming a section, not the document
 * showing its heading), a template heading is given in the interface's language.
 */
export function sectionTitle(
  section: Pick<Section, 'kind' | 'norm' | 'heading'>,
  t: TFunction,
  documentLanguage?: Language,
): string {
  const key = documentLanguage ? templateHeadingKey(section, documentLanguage) : null;
  if (key) return t(key, { ns: 'templates' });
  if (section.heading.trim()) return section.heading;
  return t(KIND_KEYS[section.kind], { ns: 'draft' });
}

/** True when the title shown is the section's own heading, written in the document's language. */
export function titleIsDocumentText(section: Pick<Section, 'heading'>): boolean {
  return section.heading.trim() !== '';
}

/**
 * A norm's letter as the UI language writes it (Arabic: أ، ب، ج … as in United Nations
 * documents): the same table the Word export uses for the document's language.
 */
export function normLetter(letter: NormLetter, language: Language = currentUiLanguage()): string {
  return paragraphLetter(letter, language);
}

/** "Norm 7 (13g)" in the UI language; empty for other sections. */
export function normTag(section: Pick<Section, 'norm'>, t: TFunction): string {
  if (!section.norm) return '';
  return t('outline.normTag', {
    ns: 'draft',
    number: officialNorm(section.norm).number,
    letter: normLetter(section.norm),
  });
}

/** “Norm 7 (13g) – Title” in the UI language: a section as notices and messages name it. */
export function sectionName(
  section: Pick<Section, 'kind' | 'norm' | 'heading'>,
  t: TFunction,
  documentLanguage?: Language,
): string {
  return [normTag(section, t), sectionTitle(section, t, documentLanguage)].filter(Boolean).join(' – ');
}

/** The named sections, quoted and separated by commas, in the order of `ids`. */
export function quotedSectionNames(sections: readonly Section[], ids: readonly string[], t: TFunction): string {
  const byId = new Map(sections.map((s) => [s.id, s]));
  return ids
    .map((id) => byId.get(id))
    .filter((s): s is Section => s !== undefined)
    .map((s) => `“${sectionName(s, t)}”`)
    .join(', ');
}
