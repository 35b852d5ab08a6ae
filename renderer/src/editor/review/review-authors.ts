// Which colour each suggestion is shown in: its author's, one of a small palette (review.css),
// and how it is described to assistive technology (who, when, inserted or deleted). The editor's
// owner says who wrote which suggestion (from the draft's review block); until it does, every
// suggestion takes the first colour and has no description.
import type { LexicalEditor } from 'lexical';
import { authorColourIndex } from '../../../../shared/review/colours';
import type { SuggestionKind } from './suggestion-node';

const AUTHORS = new WeakMap<LexicalEditor, (suggestionId: string) => string | undefined>();
/** What a description is of: suggested words, or a suggested paragraph break (break-marks.ts). */
export type DescribedKind = SuggestionKind | 'break-insert' | 'break-delete';

const DESCRIPTIONS = new WeakMap<LexicalEditor, (suggestionId: string, kind: DescribedKind) => string>();

export function setSuggestionAuthors(
  editor: LexicalEditor,
  authorOf: (suggestionId: string) => string | undefined,
): void {
  AUTHORS.set(editor, authorOf);
}

export function setSuggestionDescriptions(
  editor: LexicalEditor,
  describe: (suggestionId: string, kind: DescribedKind) => string,
): void {
  DESCRIPTIONS.set(editor, describe);
}

/** The class naming the colour of a suggestion's author. */
export function authorClass(editor: LexicalEditor, suggestionId: string): string {
  const author = AUTHORS.get(editor)?.(suggestionId);
  return `nd-author-${author === undefined ? 0 : authorColourIndex(author)}`;
}

/** "Inserted by …, date", in the interface's language; empty when unknown. */
export function describeSuggestion(editor: LexicalEditor, suggestionId: string, kind: DescribedKind): string {
  return DESCRIPTIONS.get(editor)?.(suggestionId, kind) ?? '';
}
