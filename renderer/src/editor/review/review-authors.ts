// Which colour each suggestion is shown in: its author's, one of a small palette (review.css).
// The editor's owner says who wrote which suggestion (from the draft's review block); until it
// does, every suggestion takes the first colour.
import type { LexicalEditor } from 'lexical';
import { authorColourIndex } from '../../../../shared/review/colours';

const AUTHORS = new WeakMap<LexicalEditor, (suggestionId: string) => string | undefined>();

export function setSuggestionAuthors(
  editor: LexicalEditor,
  authorOf: (suggestionId: string) => string | undefined,
): void {
  AUTHORS.set(editor, authorOf);
}

/** The class naming the colour of a suggestion's author. */
export function authorClass(editor: LexicalEditor, suggestionId: string): string {
  const author = AUTHORS.get(editor)?.(suggestionId);
  return `nd-author-${author === undefined ? 0 : authorColourIndex(author)}`;
}
