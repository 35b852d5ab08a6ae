// A reader of a section's live content, handed on at every change instead of the content: the
// section is serialised when someone reads it, at most once per change, and its counts come from
// the blocks changed since the last count (block-counts.ts) without serialising it at all.
import type { LexicalEditor, NodeKey } from 'lexical';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import type { FieldTexts } from '../../../shared/model/field-texts';
import { BlockCounts, type SectionCounts } from './block-counts';
import { toStoredContent } from './content';

/** The section's content as it is when called (serialised at most once per change). */
export type ContentReader = (() => SerializedEditorState) & {
  /** The section's word and footnote counts as they are when called. */
  counts(fields?: FieldTexts): SectionCounts;
};

export interface LiveContent {
  read: ContentReader;
  /** After an update of the section, with the elements Lexical marked dirty. */
  changed(dirtyElements: Iterable<NodeKey>): void;
  /** After a change to a footnote's text (its own editor). */
  noteChanged(): void;
}

export function liveContent(editor: LexicalEditor): LiveContent {
  let cached: SerializedEditorState | null = null;
  const blockCounts = new BlockCounts();
  const read = Object.assign(() => (cached ??= toStoredContent(editor.getEditorState().toJSON())), {
    counts: (fields?: FieldTexts) => blockCounts.read(editor, fields),
  });
  return {
    read,
    changed(dirtyElements) {
      cached = null;
      blockCounts.changed(dirtyElements);
    },
    noteChanged() {
      cached = null;
      blockCounts.notesChanged();
    },
  };
}
