// Which guidance prompts and sub-headings to show for a section. A section created from a
// template carries its keys; an imported or older section gets those of the matching template
// section (same kind and norm), from its own template first, then from any template.
import type { Section } from '../model/draft';
import type { Template, TemplateSection } from './schema';

export interface SectionHints {
  guidanceKeys: string[];
  subheadingKeys: string[];
}

function matches(candidate: TemplateSection, section: Pick<Section, 'kind' | 'norm'>): boolean {
  return candidate.kind === section.kind && (candidate.norm ?? null) === section.norm;
}

export function sectionHints(
  section: Pick<Section, 'kind' | 'norm' | 'guidanceKeys' | 'subheadingKeys'>,
  templates: readonly Template[],
  templateId?: string,
): SectionHints {
  const ordered = [...templates].sort((a, b) => Number(b.id === templateId) - Number(a.id === templateId));
  const match =
    section.kind === 'norm' || section.kind === 'summary' || section.kind === 'approach'
      ? ordered.flatMap((template) => template.sections).find((candidate) => matches(candidate, section))
      : undefined;
  return {
    guidanceKeys: section.guidanceKeys ?? match?.guidanceKeys ?? [],
    subheadingKeys: section.subheadingKeys ?? match?.subheadingKeys ?? [],
  };
}

/**
 * The i18n keys (namespace `templates`) a section's heading may have come from: the headings of
 * template sections of the same kind and norm, its own template's first. Callers compare the
 * key's text with the stored heading to know whether the user kept the template's wording.
 */
export function headingKeyCandidates(
  section: Pick<Section, 'kind' | 'norm'>,
  templates: readonly Template[],
  templateId?: string,
): string[] {
  const ordered = [...templates].sort((a, b) => Number(b.id === templateId) - Number(a.id === templateId));
  const keys = ordered
    .flatMap((template) => template.sections)
    .filter((candidate) => matches(candidate, section))
    .flatMap((candidate) => (candidate.headingKey ? [candidate.headingKey] : []));
  return [...new Set(keys)];
}
