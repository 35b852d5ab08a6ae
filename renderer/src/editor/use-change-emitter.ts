// Calls onChange after every content change in the section or in any footnote's text, and never
// for selection-only updates or the initial load. It hands a reader of the section's content, not
// the content: serialising a long section costs more than the keystroke itself, so it is done
// when someone reads it (the autosave's write or flush), once per change however many read it,
// and moving the caret or typing costs no serialisation. The word count reads only the counts
// of the blocks changed (live-content.ts).
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { liveContent, type ContentReader } from './live-content';

export type { ContentReader } from './live-content';

export function useChangeEmitter(editor: LexicalEditor, onChange: (read: ContentReader) => void): () => void {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const live = useMemo(() => liveContent(editor), [editor]);
  // A section that could not be fully loaded is read-only and must never be written back.
  const emit = useCallback(() => {
    if (editor.isEditable()) onChangeRef.current(live.read);
  }, [editor, live]);
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        live.changed(dirtyElements.keys());
        if (prevEditorState.isEmpty()) return; // the initial content arriving
        emit();
      }),
    [editor, emit, live],
  );
  // A footnote's text lives in its own editor: its changes reach the section through here.
  return useCallback(() => {
    live.noteChanged();
    emit();
  }, [emit, live]);
}
