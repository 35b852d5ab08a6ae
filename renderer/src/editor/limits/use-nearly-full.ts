// Whether the section is close to the most storage accepts, measured on the content the editor
// hands to autosave: at most a few times a second, after the keystroke's frame, so typing in a
// long section costs nothing more. Gives the share in use (1 = full), or null below the warning.
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { contentUsage, usedShare } from '../../../../shared/model/editor-usage';
import type { SerializedEditorState } from '../../../../shared/model/lexical-json';
import { toStoredContent } from '../content';

/** From here on the section shows its warning. */
export const NEARLY_FULL_SHARE = 0.9;
const MEASURE_EVERY_MS = 500;

export function nearlyFullShare(content: SerializedEditorState): number | null {
  const share = usedShare(contentUsage(content));
  return share >= NEARLY_FULL_SHARE ? share : null;
}

/** `measure` takes each change's content or its reader; the content loaded is measured here. */
export function useNearlyFull(editor: LexicalEditor): {
  nearlyFull: number | null;
  measure(content: SerializedEditorState | (() => SerializedEditorState)): void;
} {
  const [share, setShare] = useState<number | null>(null);
  // The content, or how to read it: the loaded content is serialised only when measured, after
  // the section has opened, never on the way to an editable section.
  const latest = useRef<SerializedEditorState | (() => SerializedEditorState) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const schedule = useCallback((content: SerializedEditorState | (() => SerializedEditorState)) => {
    latest.current = content;
    timer.current ??= setTimeout(() => {
      timer.current = null;
      const next = latest.current;
      if (next) setShare(nearlyFullShare(typeof next === 'function' ? next() : next));
    }, MEASURE_EVERY_MS);
  }, []);
  useEffect(() => {
    const measureLoaded = () => schedule(() => toStoredContent(editor.getEditorState().toJSON()));
    if (!editor.getEditorState().isEmpty()) measureLoaded();
    return editor.registerUpdateListener(({ prevEditorState }) => {
      if (prevEditorState.isEmpty()) measureLoaded();
    });
  }, [editor, schedule]);
  return { nearlyFull: share, measure: schedule };
}
