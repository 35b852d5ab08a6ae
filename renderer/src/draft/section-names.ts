// How a section is named in the UI: norm sections by their number, letter and short title.
import type { TFunction } from 'i18next';
import type { NormLetter, Section } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { paragraphLetter } from '../../../shared/norms/letters';
import { officialNorm } from '../../../shared/norms/official';
import { currentUiLanguage } from '../i18n/setup';
import { KIND_KEYS } from './labels';

export function sectionTitle(section: Pick<Section, 'kind' | 'norm' | 'heading'>, t: TFunction): string {
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
  return t('outline.normTag', { ns: 'draft', number: officialNorm(section.norm).number, letter: normLetter(section.norm) });
}

/** “Norm 7 (13g) – Title” in the UI language: a section as notices and messages name it. */
export function sectionName(section: Pick<Section, 'kind' | 'norm' | 'heading'>, t: TFunction): string {
  return [normTag(section, t), sectionTitle(section, t)].filter(Boolean).join(' – ');
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
