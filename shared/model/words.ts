// Word counts of sections and drafts. What a word is, and how a text's words are counted, is
// defined once in word-tokens.ts (search and the comparison of versions use the same words).
import type { Draft } from './draft';
import type { SerializedEditorState } from './lexical-json';
import { sectionPlainText } from './text';
import { countWords } from './word-tokens';

export { countWords };

/** Words in a section's body and in its footnotes. */
export function sectionWordCount(content: SerializedEditorState): number {
  return countWords(sectionPlainText(content));
}

/** Words in all sections' content (headings, including the official norm texts, not counted). */
export function draftWordCount(draft: Draft): number {
  return draft.sections.reduce((sum, section) => sum + sectionWordCount(section.content), 0);
}
