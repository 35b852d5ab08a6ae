// The boundary between the stored JSON (shared/model/lexical-json.ts) and Lexical's own types:
// Lexical writes exactly those shapes, so the conversion is a type assertion in one place.
import type { SerializedEditorState as LexicalEditorState } from 'lexical';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';

export function toStoredContent(state: LexicalEditorState): SerializedEditorState {
  return state as unknown as SerializedEditorState;
}
