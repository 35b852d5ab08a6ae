// Word counts of sections and drafts. What a word is, and how a text's words are counted, is
// defined once in word-tokens.ts (search and the comparison of versions use the same words).
import type { Draft } from './draft';
import { fieldTexts, type FieldTexts } from './field-texts';
import type { SerializedEditorState } from './lexical-json';
import { sectionPlainText } from './text';
import { countWords } from './word-tokens';

export { countWords };

/** Words in a section's body and in its footnotes; fields count the words of their text in `fields`. */
export function sectionWordCount(content: SerializedEditorState, fields?: FieldTexts): number {
  return countWords(sectionPlainText(content, fields));
}

/** Words in all sections' content (headings, including the official norm texts, not counted). */
export function draftWordCount(draft: Draft): number {
  const fields = fieldTexts(draft);
  return draft.sections.reduce((sum, section) => sum + sectionWordCount(section.content, fields), 0);
}
