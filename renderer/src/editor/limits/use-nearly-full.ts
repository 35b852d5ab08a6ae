// Whether the section is close to the most storage accepts, measured on the content the autosave
// reads (already serialised: serialising a long section again cost ~6 ms twice a second while
// typing, bench/profile-typing.ts): about once a second while typing, between keystrokes.
// Gives the share in use (1 = full), or null below the warning.
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { contentUsage, usedShare } from '../../../../shared/model/editor-usage';
import type { SerializedEditorState } from '../../../../shared/model/lexical-json';
import { toStoredContent } from '../content';

/** From here on the section shows its warning. */
export const NEARLY_FULL_SHARE = 0.9;
const MEASURE_LOADED_AFTER_MS = 500;

export function nearlyFullShare(content: SerializedEditorState): number | null {
  const share = usedShare(contentUsage(content));
  return share >= NEARLY_FULL_SHARE ? share : null;
}

/**
 * `measure` takes the content the autosave has just serialised (measured right after, a walk of
 * its nodes: reads may happen while React renders); the content loaded is measured here.
 */
export function useNearlyFull(editor: LexicalEditor): {
  nearlyFull: number | null;
  measure(content: SerializedEditorState): void;
} {
  const [share, setShare] = useState<number | null>(null);
  const pending = useRef<SerializedEditorState | null>(null);
  const measure = useCallback((content: SerializedEditorState) => {
    const first = pending.current === null;
    pending.current = content;
    if (!first) return;
    queueMicrotask(() => {
      const next = pending.current;
      pending.current = null;
      if (next) setShare(nearlyFullShare(next));
    });
  }, []);
  useEffect(() => {
    // The loaded content is serialised only when measured, after the section has opened, never
    // on the way to an editable section.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const measureLoaded = () => {
      timer ??= setTimeout(() => {
        timer = null;
        measure(toStoredContent(editor.getEditorState().toJSON()));
      }, MEASURE_LOADED_AFTER_MS);
    };
    if (!editor.getEditorState().isEmpty()) measureLoaded();
    const stop = editor.registerUpdateListener(({ prevEditorState }) => {
      if (prevEditorState.isEmpty()) measureLoaded();
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, measure]);
  return { nearlyFull: share, measure };
}
