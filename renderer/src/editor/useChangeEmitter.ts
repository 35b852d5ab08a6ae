// Calls onChange with the whole serialised section after every content change in the section or
// in any footnote's text, and never for selection-only updates or the initial load, so typing
// costs one toJSON() per committed change and moving the caret costs nothing.
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { toStoredContent } from './content';

export function useChangeEmitter(editor: LexicalEditor, onChange: (content: SerializedEditorState) => void): () => void {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const emit = useCallback(() => {
    // A section that could not be fully loaded is read-only and must never be written back.
    if (editor.isEditable()) onChangeRef.current(toStoredContent(editor.getEditorState().toJSON()));
  }, [editor]);
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
