// Whether the section is close to the most storage accepts, measured on the content the editor
// hands to autosave: at most a few times a second, when the page is idle, so typing in a long
// section costs nothing more. Gives the share in use (1 = full), or null below the warning.
import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useState } from 'react';
import { contentUsage, usedShare } from '../../../../shared/model/editor-usage';
import type { SerializedEditorState } from '../../../../shared/model/lexical-json';
import { toStoredContent } from '../content';
import { CONTENT_LOAD_TAG } from '../content-load';
import { quietBatcher } from '../../ui/quiet-batch';

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
  // The latest content, or how to read it, measured at most every MEASURE_EVERY_MS when the page
  // is idle: never between a keystroke and its frame. The loaded content is serialised only when
  // measured, after the section has opened, never on the way to an editable section.
  // (A measurement after the editor has gone sets nothing anyone sees.)
  const schedule = useMemo(() => {
    const measure = quietBatcher<'content', SerializedEditorState | (() => SerializedEditorState)>((batch) => {
      const next = batch.get('content');
      if (next) setShare(nearlyFullShare(typeof next === 'function' ? next() : next));
    }, MEASURE_EVERY_MS);
    return (content: SerializedEditorState | (() => SerializedEditorState)) => measure('content', content);
  }, []);
  useEffect(() => {
    const measureLoaded = () => schedule(() => toStoredContent(editor.getEditorState().toJSON()));
    if (!editor.getEditorState().isEmpty()) measureLoaded();
    // Measured again as the rest of a long section arrives (content-load.ts).
    return editor.registerUpdateListener(({ prevEditorState, tags }) => {
      if (prevEditorState.isEmpty() || tags.has(CONTENT_LOAD_TAG)) measureLoaded();
    });
  }, [editor, schedule]);
  return { nearlyFull: share, measure: schedule };
}
