// Calls onChange after every content change in the section or in any footnote's text, and never
// for selection-only updates or the initial load. It hands a reader of the section's content, not
// the content: serialising a long section costs more than the keystroke itself, so it is done
// when someone reads it (the autosave's write or flush), once per change however many read it,
// and moving the caret or typing costs no serialisation. The word count reads only the counts
// of the blocks changed (live-content.ts).
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { CONTENT_LOAD_TAG, type ContentLoad } from './content-load';
import { liveContent, type ContentReader } from './live-content';

export type { ContentReader } from './live-content';

export function useChangeEmitter(
  editor: LexicalEditor,
  load: Pick<ContentLoad, 'finish'>,
  onChange: (read: ContentReader) => void,
): () => void {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  // A read while the section is still being opened gets all of it (content-load.ts).
  const live = useMemo(() => liveContent(editor, () => load.finish()), [editor, load]);
  // A section that could not be fully loaded is read-only and must never be written back.
  const emit = useCallback(() => {
    if (editor.isEditable()) onChangeRef.current(live.read);
  }, [editor, live]);
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        live.changed(dirtyElements.keys());
        // The initial content arriving, at once or (a long section) in parts.
        if (prevEditorState.isEmpty() || tags.has(CONTENT_LOAD_TAG)) return;
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
