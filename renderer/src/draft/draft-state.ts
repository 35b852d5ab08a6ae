// The open draft as the screen holds it: every section with its live word and footnote counts.
// Typing updates this state a few times a second (outline, counts, coverage follow live); the
// autosaver writes it to IndexedDB shortly after. A section's content is held as a reader (the
// open editor's, or the loaded content): the counts come from the editor's changed blocks, and
// the section is serialised only when its content is read (a version, a comparison, reopening).
import type { Draft, Section, SectionStatus } from '../../../shared/model/draft';
import type { Review } from '../../../shared/review/model';
import type { SectionField } from '../../../shared/model/section-fields';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { countFootnotes } from '../../../shared/model/footnotes';
import { statusForWords } from '../../../shared/model/status';
import { sectionWordCount } from '../../../shared/model/words';
import type { SectionCounts } from '../editor';
import { fieldTexts, type FieldTexts } from '../../../shared/model/field-texts';
import type { StoredDraft } from '../storage/repository';
import { totals } from '../storage/summary';

export interface SectionState extends Omit<Section, 'content'> {
  /** The section's content as it is now. */
  content(): SerializedEditorState;
  words: number;
  footnotes: number;
}

export interface OpenDraft {
  meta: Omit<Draft, 'sections'>;
  sections: SectionState[];
}

export type DraftAction =
  | {
      type: 'content';
      sectionId: string;
      content: () => SerializedEditorState;
      counts: (fields: FieldTexts) => SectionCounts;
    }
  | { type: 'footnotes'; sectionId: string; count: number }
  | { type: 'status'; sectionId: string; status: SectionStatus }
  /** The section's structured fields as the user left them (choices, texts, checklist items). */
  | { type: 'fields'; sectionId: string; fields: SectionField[] }
  /** The review records as stored (repository.updateReview): threads and who suggested what. */
  | { type: 'review'; review: Review };

export function openDraft(stored: StoredDraft): OpenDraft {
  const { sections, ...meta } = stored.draft;
  const counts = new Map(stored.summary.outline.map((s) => [s.id, s]));
  return {
    meta,
    sections: sections.map((section) => ({
      ...section,
      content: () => section.content,
      words: counts.get(section.id)?.words ?? sectionWordCount(section.content, fieldTexts(meta)),
      footnotes: counts.get(section.id)?.footnotes ?? countFootnotes(section.content),
    })),
  };
}

function updateSection(draft: OpenDraft, sectionId: string, update: (s: SectionState) => SectionState): OpenDraft {
  let changed = false;
  const sections = draft.sections.map((s) => {
    if (s.id !== sectionId) return s;
    const next = update(s);
    changed = next !== s;
    return next;
  });
  return changed ? { ...draft, sections } : draft;
}

export function draftReducer(draft: OpenDraft, action: DraftAction): OpenDraft {
  switch (action.type) {
    case 'content':
      return updateSection(draft, action.sectionId, (s) => {
        // A field in the text counts as the words of the draft's value for it.
        const counts = action.counts(fieldTexts(draft.meta));
        return {
          ...s,
          content: action.content,
          words: counts.words,
          footnotes: counts.footnotes,
          status: statusForWords(s.status, counts.words),
        };
      });
    case 'footnotes':
      return updateSection(draft, action.sectionId, (s) =>
        s.footnotes === action.count ? s : { ...s, footnotes: action.count },
      );
    case 'status':
      return updateSection(draft, action.sectionId, (s) =>
        s.status === action.status ? s : { ...s, status: action.status },
      );
    case 'fields':
      return updateSection(draft, action.sectionId, (s) =>
        s.fields === action.fields ? s : { ...s, fields: action.fields },
      );
    case 'review':
      return draft.meta.review === action.review ? draft : { ...draft, meta: { ...draft.meta, review: action.review } };
  }
}

export interface DraftTotals {
  words: number;
  footnotes: number;
  normsWritten: number;
  normsTotal: number;
}

export function draftTotals(sections: SectionState[]): DraftTotals {
  return totals(sections);
}
