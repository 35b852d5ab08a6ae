// Document-order traversal of stored content. Footnote text is not part of the body: visitors
// see the footnote node and decide themselves whether to look into its note.
import type { SerializedEditorState, SerializedNode } from './lexical-json';

export function hasChildren(node: SerializedNode): node is Extract<SerializedNode, { children: SerializedNode[] }> {
  return 'children' in node && Array.isArray(node.children);
}

/** Calls `visit` for every body node in document order (the root included). */
export function forEachBodyNode(content: SerializedEditorState, visit: (node: SerializedNode) => void): void {
  const stack: SerializedNode[] = [content.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    if (hasChildren(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
}
