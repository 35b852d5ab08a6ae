// A compact description of a draft: what `info --json` prints and what scripts rely on.
import type { Draft, NormLetter, SectionKind, SectionStatus } from './draft';
import type { Language } from './languages';
import { countFootnotes } from './footnotes';
import { fieldTexts } from './field-texts';
import { sectionWordCount } from './words';

/** A section described without its content: what the outline, the library and `info` share. */
export interface SectionOverview {
  id: string;
  kind: SectionKind;
  norm: NormLetter | null;
  status: SectionStatus;
  words: number;
  footnotes: number;
}

/** A section as `info --json` prints it (its heading under the name `title`, as scripts read it). */
export interface SectionInfo extends SectionOverview {
  title: string;
}

/** What a draft's totals are made of, per section. */
export type SectionFigures = Pick<SectionOverview, 'kind' | 'norm' | 'words' | 'footnotes'>;

export interface DraftTotals {
  words: number;
  footnotes: number;
  /** Distinct norm letters with words in a norm section. */
  normsWritten: number;
  /** Distinct norm letters the draft has sections for. */
  normsTotal: number;
}

/** Words, footnotes and norms written: the one count the library, the outline and the CLI show. */
export function draftTotals(sections: readonly SectionFigures[]): DraftTotals {
  let words = 0;
  let footnotes = 0;
  const norms = new Set<string>();
  const written = new Set<string>();
  for (const section of sections) {
    words += section.words;
    footnotes += section.footnotes;
    if (section.kind === 'norm' && section.norm) {
      norms.add(section.norm);
      if (section.words > 0) written.add(section.norm);
    }
  }
  return { words, footnotes, normsWritten: written.size, normsTotal: norms.size };
}

export interface DraftSummary {
  template: string;
  title: string;
  language: Language;
  sections: SectionInfo[];
}

export function summarizeDraft(draft: Draft): DraftSummary {
  const fields = fieldTexts(draft);
  return {
    template: draft.templateId,
    title: draft.fields.title,
    language: draft.language,
    sections: draft.sections.map((section) => ({
      id: section.id,
      kind: section.kind,
      norm: section.norm,
      title: section.heading,
      status: section.status,
      words: sectionWordCount(section.content, fields),
      footnotes: countFootnotes(section.content),
    })),
  };
}
