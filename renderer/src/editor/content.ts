// The boundary between the stored JSON (shared/model/lexical-json.ts) and Lexical's own types:
// Lexical writes exactly those shapes, so the conversion is a type assertion in one place.
import {
  $createParagraphNode,
  $getRoot,
  $parseSerializedNode,
  type SerializedEditorState as LexicalEditorState,
  type SerializedLexicalNode,
} from 'lexical';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';

export function toStoredContent(state: LexicalEditorState): SerializedEditorState {
  return state as unknown as SerializedEditorState;
}

/**
 * Loads stored content block by block into the (empty) editor. Returns false when a block could
 * not be read; the caller then shows the section read-only so saving never drops that block.
 */
export function $loadContent(content: SerializedEditorState): boolean {
  const root = $getRoot().clear();
  const blocks: unknown = content?.root?.children;
  let complete = Array.isArray(blocks);
  for (const block of Array.isArray(blocks) ? blocks : []) {
    try {
      root.append($parseSerializedNode(block as SerializedLexicalNode));
    } catch {
      complete = false;
    }
  }
  if (root.isEmpty()) root.append($createParagraphNode());
  return complete;
}
