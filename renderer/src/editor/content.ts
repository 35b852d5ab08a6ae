// The boundary between the stored JSON (shared/model/lexical-json.ts) and Lexical's own types:
// Lexical writes exactly those shapes, so the conversion is a type assertion in one place.
import type { SerializedEditorState as LexicalEditorState } from 'lexical';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { ContentLoad } from './content-load';

export function toStoredContent(state: LexicalEditorState): SerializedEditorState {
  return state as unknown as SerializedEditorState;
}

/**
 * Loads stored content block by block into the (empty) editor. Returns false when a block could
 * not be read; the caller then shows the section read-only so saving never drops that block.
 */
export function $loadContent(content: SerializedEditorState): boolean {
  const load = new ContentLoad();
  load.$start(content, true);
  return load.complete;
}
