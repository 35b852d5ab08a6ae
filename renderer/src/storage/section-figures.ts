// What storage derives from a section's text on every save (word and footnote counts, the search
// terms), and the same work done ahead of the write in steps: on a long section validating,
// counting and indexing together took one task of 40–60 ms while typing (bench/). Prepared while
// the user types, between keystrokes; the write itself then only stores the figures.
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { countFootnotes } from '../../../shared/model/footnotes';
import type { Draft } from '../../../shared/model/draft';
import { fieldTexts, type FieldTexts } from '../../../shared/model/field-texts';
import { editorStateSchema } from '../../../shared/model/schema';
import { sectionPlainText } from '../../../shared/model/text';
import { sectionWordCount } from '../../../shared/model/words';
import type { SectionRow } from './db';
import { StorageError } from './errors';
import { sectionSearchTerms } from './search-terms';

export type SectionFigures = Pick<SectionRow, 'words' | 'footnotes' | 'terms'>;

/** A section's content checked and its figures derived, with the draft details they used. */
export interface PreparedContent {
  content: SerializedEditorState;
  /** The details (`detailsKey`) the figures were derived with. */
  details: string;
  figures: SectionFigures;
}

/** Identifies a draft's details and language: the figures hold while it stays the same. */
export function detailsKey(draft: Pick<Draft, 'fields' | 'language'>): string {
  return JSON.stringify([draft.language, draft.fields]);
}

/** Refuses content that is not a valid section (what storage accepts), in plain terms. */
export function checkContent(content: SerializedEditorState): void {
  const parsed = editorStateSchema.safeParse(content);
  if (!parsed.success)
    throw new StorageError('invalid-content', `The section content is not valid: ${parsed.error.message}`);
}

/** The figures of a section's content; fields in the text count as the draft's values for them. */
export function sectionFigures(content: SerializedEditorState, fields: FieldTexts): SectionFigures {
  return {
    words: sectionWordCount(content, fields),
    footnotes: countFootnotes(content),
    terms: sectionSearchTerms(sectionPlainText(content, fields)),
  };
}

/**
 * `checkContent` then `sectionFigures` for the draft's details, with `pause` (a yield to waiting
 * input) between the steps.
 */
export async function prepareContent(
  content: SerializedEditorState,
  draft: Pick<Draft, 'fields' | 'language'>,
  pause: () => Promise<void>,
): Promise<PreparedContent> {
  checkContent(content);
  await pause();
  const fields = fieldTexts(draft);
  const counts = { words: sectionWordCount(content, fields), footnotes: countFootnotes(content) };
  await pause();
  const terms = sectionSearchTerms(sectionPlainText(content, fields));
  return { content, details: detailsKey(draft), figures: { ...counts, terms } };
}
