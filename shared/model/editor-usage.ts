// How much of the stored-content limits (EDITOR_LIMITS) a section uses, counted exactly as the
// validator in editor-schema.ts counts: every node, the notes' own roots included, and the
// characters each node's descriptor counts (text and link addresses). The editor warns from it
// before a section is full.
import { descriptorOf } from './nodes/descriptors';
import { EDITOR_LIMITS } from './nodes/limits';
import type { SerializedEditorState, SerializedNode } from './lexical-json';

export interface ContentUsage {
  nodes: number;
  chars: number;
}

export function contentUsage(content: SerializedEditorState): ContentUsage {
  const usage: ContentUsage = { nodes: 0, chars: 0 };
  const stack: SerializedNode[] = [content.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    usage.nodes += 1;
    usage.chars += descriptorOf(node.type)?.chars?.(node as never) ?? 0;
    if (node.type === 'footnote') stack.push(node.note.root);
    else if ('children' in node) stack.push(...node.children);
  }
  return usage;
}

/** The larger of the two shares of the section limits in use (1 = full). */
export function usedShare(usage: ContentUsage): number {
  return Math.max(usage.nodes / EDITOR_LIMITS.maxNodes, usage.chars / EDITOR_LIMITS.maxTotalChars);
}
