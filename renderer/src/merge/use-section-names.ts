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

/** Joins names with the interface language's list separator ("A, B, C"; "A、B、C"), no "and". */
export function useJoinNames(): (items: string[]) => string {
  const { t } = useTranslation('draft');
  return useCallback((items) => items.join(t('merge.listSeparator')), [t]);
}
