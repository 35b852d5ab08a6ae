// Marks on a section's blocks (paragraphs, headings, quotes, list items), kept in Lexical's
// NodeState (`$`), so they move with the text while it is edited and survive saving, versions
// and files. They carry review data only: the public projection removes every one of them.
import type { SerializedEditorState, SerializedNode } from '../model/lexical-json';

/** Every mark key starts with this; nothing else in NodeState may. */
export const MARK_PREFIX = 'collab:';

export const MARK_KEYS = {
  /** Who wrote the block: a contributor id, or LEAD_AUTHOR. */
  by: 'collab:by',
  /** The MergeChange that put the block here. */
  change: 'collab:change',
  /** The open MergeConflict whose lead side this block is. */
  conflict: 'collab:conflict',
  /** Space-separated ids of changes or conflicts whose own blocks were removed just before this block. */
  before: 'collab:before',
  /** Same, just after this block (used on a section's last block). */
  after: 'collab:after',
} as const;

export type MarkName = keyof typeof MARK_KEYS;

export function readMark(node: SerializedNode, name: MarkName): string | undefined {
  const value = node.$?.[MARK_KEYS[name]];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function withoutMarks(node: SerializedNode): SerializedNode {
  let copy = node;
  if (node.$ && Object.keys(node.$).some((key) => key.startsWith(MARK_PREFIX))) {
    const kept = Object.fromEntries(Object.entries(node.$).filter(([key]) => !key.startsWith(MARK_PREFIX)));
    const { $: _dropped, ...rest } = node;
    copy = (Object.keys(kept).length > 0 ? { ...rest, $: kept } : rest) as SerializedNode;
  }
  if (copy.type === 'footnote') {
    const note = stripMarks(copy.note);
    if (note !== copy.note) copy = { ...copy, note };
  }
  if ('children' in copy && Array.isArray(copy.children)) {
    const children = copy.children.map(withoutMarks);
    if (children.some((child, i) => child !== (copy as { children: SerializedNode[] }).children[i]))
      copy = { ...copy, children } as SerializedNode;
  }
  return copy;
}

/** The content with every review mark removed; untouched content is returned as is. */
export function stripMarks(content: SerializedEditorState): SerializedEditorState {
  const root = withoutMarks(content.root);
  return root === content.root ? content : { root: root as SerializedEditorState['root'] };
}
