// A reader of a section's live content, handed on at every change instead of the content: the
// section is serialised when someone reads it, at most once per change, and its counts come from
// the blocks changed since the last count (block-counts.ts) without serialising it at all.
// `watch` sees each serialisation, so that a check of the content (how full the section is)
// can use the one the autosave makes instead of serialising the section once more.
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
  /** Calls `watcher` with the content each time it is serialised; returns how to stop. */
  watch(watcher: (content: SerializedEditorState) => void): () => void;
  /** After an update of the section, with the elements Lexical marked dirty. */
  changed(dirtyElements: Iterable<NodeKey>): void;
  /** After a change to a footnote's text (its own editor). */
  noteChanged(): void;
}

export function liveContent(editor: LexicalEditor): LiveContent {
  let cached: SerializedEditorState | null = null;
  const blockCounts = new BlockCounts();
  const watchers = new Set<(content: SerializedEditorState) => void>();
  const serialise = () => {
    const content = toStoredContent(editor.getEditorState().toJSON());
    for (const watcher of watchers) watcher(content);
    return content;
  };
  const read = Object.assign(() => (cached ??= serialise()), {
    counts: (fields?: FieldTexts) => blockCounts.read(editor, fields),
  });
  return {
    read,
    watch(watcher) {
      watchers.add(watcher);
      return () => void watchers.delete(watcher);
    },
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
