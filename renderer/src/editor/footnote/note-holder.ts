// What code outside the footnote node needs of it — its type name and its note's editor — without
// importing the node itself, which imports the editor its note uses (and that editor's paste and
// limits, which ask this of pasted nodes): one leaf module, so the footnote files form no circle.
import type { LexicalEditorWithDispose, LexicalNode, SerializedEditorState } from 'lexical';
import type { LazyNote } from './lazy-note';

export const FOOTNOTE_TYPE = 'footnote';

export interface NoteHolder extends LexicalNode {
  /** The note's editor, built on first use. */
  getNote(): LexicalEditorWithDispose;
  /** The note's text as stored content, without building its editor. */
  getNoteContent(): SerializedEditorState;
  /** The note, whether or not its editor exists yet. */
  getLazyNote(): LazyNote;
}

/** True for a footnote reference node (the only node of type "footnote"). */
export function $isNoteHolder(node: LexicalNode | null | undefined): node is NoteHolder {
  return node?.getType() === FOOTNOTE_TYPE;
}
