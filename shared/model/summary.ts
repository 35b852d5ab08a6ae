// A compact description of a draft: what `info --json` prints and what scripts rely on.
import type { Draft, NormLetter, SectionKind, SectionStatus } from './draft';
import type { Language } from './languages';
import { countFootnotes } from './footnotes';
import { sectionWordCount } from './words';

export interface SectionSummary {
  id: string;
  kind: SectionKind;
  norm: NormLetter | null;
  title: string;
  status: SectionStatus;
  words: number;
  footnotes: number;
}

export interface DraftSummary {
  template: string;
  title: string;
  language: Language;
  sections: SectionSummary[];
}

export function summarizeDraft(draft: Draft): DraftSummary {
  return {
    template: draft.templateId,
    title: draft.title,
    language: draft.language,
    sections: draft.sections.map((section) => ({
      id: section.id,
      kind: section.kind,
      norm: section.norm,
      title: section.heading,
      status: section.status,
      words: sectionWordCount(section.content),
      footnotes: countFootnotes(section.content),
    })),
  };
}
