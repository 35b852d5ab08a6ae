// Calls onChange after every content change in the section or in any footnote's text, and never
// for selection-only updates or the initial load. It hands a reader of the section's content, not
// the content: serialising a long section costs more than the keystroke itself, so it is done
// when someone reads it (the autosave's write or flush, the word count a few times a second),
// once per change however many read it, and moving the caret or typing costs no serialisation.
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { toStoredContent } from './content';

/** The section's content as it is when called (serialised at most once per change). */
export type ContentReader = () => SerializedEditorState;

export function useChangeEmitter(editor: LexicalEditor, onChange: (read: ContentReader) => void): () => void {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const cached = useRef<SerializedEditorState | null>(null);
  const read = useCallback<ContentReader>(
    () => (cached.current ??= toStoredContent(editor.getEditorState().toJSON())),
    [editor],
  );
  const emit = useCallback(() => {
    cached.current = null;
    // A section that could not be fully loaded is read-only and must never be written back.
    if (editor.isEditable()) onChangeRef.current(read);
  }, [editor, read]);
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty()) return; // the initial content arriving
        emit();
      }),
    [editor, emit],
  );
  return emit;
}
