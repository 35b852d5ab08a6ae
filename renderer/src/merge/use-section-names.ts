// How the merge screens name a section briefly: a norm by its number ("Norm 7"), another section
// by its title in the interface's language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { officialNorm } from '../../../shared/norms/official';
import { sectionTitle } from '../templates/section-names';

export type SectionNamer = (section: Pick<Section, 'kind' | 'norm' | 'heading'>) => string;

export function useSectionNames(documentLanguage: Language): SectionNamer {
  const { t } = useTranslation('draft');
  return useCallback(
    (section) =>
      section.norm
        ? t('merge.normShort', { number: officialNorm(section.norm).number })
        : sectionTitle(section, t, documentLanguage),
    [t, documentLanguage],
  );
}

/** Joins names as the interface's language lists them ("A, B and C" is not wanted: "A, B, C"). */
export function joinNames(items: string[], uiLanguage: string): string {
  return new Intl.ListFormat(uiLanguage, { style: 'narrow', type: 'unit' }).format(items);
}
