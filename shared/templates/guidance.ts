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

export function sectionHints(section: Pick<Section, 'kind' | 'norm' | 'guidanceKeys' | 'subheadingKeys'>, templates: readonly Template[], templateId?: string): SectionHints {
  const ordered = [...templates].sort((a, b) => Number(b.id === templateId) - Number(a.id === templateId));
  const match = section.kind === 'norm' || section.kind === 'summary' || section.kind === 'approach'
    ? ordered.flatMap((template) => template.sections).find((candidate) => matches(candidate, section))
    : undefined;
  return {
    guidanceKeys: section.guidanceKeys ?? match?.guidanceKeys ?? [],
    subheadingKeys: section.subheadingKeys ?? match?.subheadingKeys ?? [],
  };
}
