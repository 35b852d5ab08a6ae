// What storage derives from a section's text on every save (word and footnote counts, the search
// terms), and the same work done ahead of the write in steps: on a long section validating,
// counting and indexing together took one task of 40–60 ms while typing (bench/). Prepared while
// the user types, between keystrokes; the write itself then only stores the figures.
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { countFootnotes } from '../../../shared/model/footnotes';
import type { FieldTexts } from '../../../shared/model/field-texts';
import { editorStateSchema } from '../../../shared/model/schema';
import { sectionPlainText } from '../../../shared/model/text';
import { sectionWordCount } from '../../../shared/model/words';
import type { SectionRow } from './db';
import { StorageError } from './errors';
import { searchTerms } from './search-terms';

export type SectionFigures = Pick<SectionRow, 'words' | 'footnotes' | 'terms'>;

/** A section's content checked and its figures derived, with the field values they used. */
export interface PreparedContent {
  content: SerializedEditorState;
  fields: FieldTexts;
  figures: SectionFigures;
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
    terms: searchTerms(sectionPlainText(content, fields)),
  };
}

/** `checkContent` then `sectionFigures`, with `pause` (a yield to waiting input) between the steps. */
export async function prepareContent(
  content: SerializedEditorState,
  fields: FieldTexts,
  pause: () => Promise<void>,
): Promise<PreparedContent> {
  checkContent(content);
  await pause();
  const counts = { words: sectionWordCount(content, fields), footnotes: countFootnotes(content) };
  await pause();
  return { content, fields, figures: { ...counts, terms: searchTerms(sectionPlainText(content, fields)) } };
}

/** True when two sets of field values are the same (a change of details between prepare and write). */
export function sameFieldTexts(a: FieldTexts, b: FieldTexts): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
