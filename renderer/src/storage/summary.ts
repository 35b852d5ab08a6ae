// The derived figures kept beside each draft, recomputed from section summaries on every save.
import type { Draft, DraftFields } from '../../../shared/model/draft';
import { countFootnotes } from '../../../shared/model/footnotes';
import { sectionPlainText } from '../../../shared/model/text';
import { draftTotals, type SectionFigures } from '../../../shared/model/summary';
import { sectionWordCount } from '../../../shared/model/words';
import { fieldTexts } from '../../../shared/model/field-texts';
import type { DraftRow, SectionRow, SectionSummary } from './db';
import { fold, searchTerms } from './search-terms';

/** Words, footnotes and norms written (distinct norm letters with words), as the model counts them. */
export function totals(
  outline: readonly SectionFigures[],
): Pick<DraftRow, 'words' | 'footnotes' | 'normsWritten' | 'normsTotal'> {
  return draftTotals(outline);
}

export function searchLabel(fields: Pick<DraftFields, 'title' | 'submitter'>): string {
  return fold(`${fields.title}\n${fields.submitter}`);
}

export function toSummary(row: SectionRow): SectionSummary {
  const { id, kind, norm, heading, status, words, footnotes } = row;
  return { id, kind, norm, heading, status, words, footnotes };
}

/** Splits a whole draft into the rows stored for it. */
export function draftToRows(draft: Draft, deletedAt: number | null = null): { row: DraftRow; sections: SectionRow[] } {
  const fields = fieldTexts(draft);
  const sections: SectionRow[] = draft.sections.map((section, order) => ({
    ...section,
    draftId: draft.id,
    order,
    words: sectionWordCount(section.content, fields),
    footnotes: countFootnotes(section.content),
    terms: searchTerms(sectionPlainText(section.content, fields)),
  }));
  const outline = sections.map(toSummary);
  const { sections: _sections, ...meta } = draft;
  return { row: { ...meta, outline, ...totals(outline), searchLabel: searchLabel(draft.fields), deletedAt }, sections };
}

/** Joins the stored rows back into a draft, sections in document order. */
export function rowsToDraft(row: DraftRow, sections: SectionRow[]): Draft {
  const {
    outline: _o,
    words: _w,
    footnotes: _f,
    normsWritten: _n,
    normsTotal: _t,
    searchLabel: _s,
    deletedAt: _d,
    exportOptions: _e,
    lineage: _l,
    ...meta
  } = row;
  return {
    ...meta,
    sections: [...sections]
      .sort((a, b) => a.order - b.order)
      .map(({ draftId: _d, order: _o, words: _w, footnotes: _f, terms: _t, ...section }) => section),
  };
}
