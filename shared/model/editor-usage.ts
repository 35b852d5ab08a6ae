// How much of the stored-content limits (EDITOR_LIMITS) a section uses, counted exactly as the
// validator in editor-schema.ts counts: every node, the notes' own roots included, and the
// characters of text and link addresses. The editor warns from it before a section is full.
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
    if (node.type === 'text') usage.chars += node.text.length;
    else if (node.type === 'link' || node.type === 'autolink') usage.chars += node.url.length;
    if (node.type === 'footnote') stack.push(node.note.root);
    else if ('children' in node) stack.push(...node.children);
  }
  return usage;
}

/** The larger of the two shares of the section limits in use (1 = full). */
export function usedShare(usage: ContentUsage): number {
  return Math.max(usage.nodes / EDITOR_LIMITS.maxNodes, usage.chars / EDITOR_LIMITS.maxTotalChars);
}
