// Rewriting the review nodes of stored content (suggestions and comment ranges), in the body and
// in footnote text alike. Untouched content is returned as is, so callers can tell nothing changed.
import type {
  SerializedCommentRange,
  SerializedEditorState,
  SerializedNode,
  SerializedSuggestion,
} from '../model/lexical-json';
import { hasChildren } from '../model/walk';
import { hasParagraphMark, rewriteParagraphMarks } from './paragraph-marks';

export type ReviewNode = SerializedSuggestion | SerializedCommentRange;

/** What becomes of a review node: kept (`keep`), removed with its words (`drop`), or replaced by its words (`unwrap`). */
export type ReviewNodeFate = 'keep' | 'drop' | 'unwrap';

const isReviewNode = (node: SerializedNode): node is ReviewNode =>
  node.type === 'suggestion' || node.type === 'comment-range';

function rewriteList(nodes: SerializedNode[], fate: (node: ReviewNode) => ReviewNodeFate): SerializedNode[] {
  let changed = false;
  const out: SerializedNode[] = [];
  for (const node of nodes) {
    const inner = rewriteNode(node, fate);
    if (inner !== node) changed = true;
    const decided = isReviewNode(inner) ? fate(inner) : 'keep';
    if (decided === 'keep') out.push(inner);
    else {
      changed = true;
      if (decided === 'unwrap') out.push(...(inner as ReviewNode).children);
    }
  }
  return changed ? out : nodes;
}

function rewriteNode(node: SerializedNode, fate: (node: ReviewNode) => ReviewNodeFate): SerializedNode {
  let copy = node;
  if (copy.type === 'footnote') {
    const note = rewriteReviewNodes(copy.note, fate);
    if (note !== copy.note) copy = { ...copy, note };
  }
  if (hasChildren(copy)) {
    const children = rewriteList(copy.children, fate);
    if (children !== copy.children) copy = { ...copy, children } as SerializedNode;
  }
  return copy;
}

/** The content with each review node kept, dropped or unwrapped as `fate` says (inner nodes first). */
export function rewriteReviewNodes(
  content: SerializedEditorState,
  fate: (node: ReviewNode) => ReviewNodeFate,
): SerializedEditorState {
  const root = rewriteNode(content.root, fate);
  return root === content.root ? content : { root: root as SerializedEditorState['root'] };
}

/**
 * The text as it stands without pending suggestions: insertions left out (suggested paragraph
 * breaks joined), deletions kept (their marks taken off), comment ranges unwrapped.
 */
export function withoutReview(content: SerializedEditorState): SerializedEditorState {
  const words = rewriteReviewNodes(content, (node) =>
    node.type === 'suggestion' && node.kind === 'insert' ? 'drop' : 'unwrap',
  );
  return rewriteParagraphMarks(words, (kind) => (kind === 'insert' ? 'join' : 'clear'));
}

/** Calls `visit` for every review node of the content, footnote text included, in document order. */
export function forEachReviewNode(content: SerializedEditorState, visit: (node: ReviewNode) => void): void {
  const walk = (node: SerializedNode) => {
    if (isReviewNode(node)) visit(node);
    if (node.type === 'footnote') walk(node.note.root);
    if (hasChildren(node)) node.children.forEach(walk);
  };
  walk(content.root);
}

/** Whether the content holds any comment, suggestion or suggested paragraph mark; stops at the first. */
export function hasReviewMarks(content: SerializedEditorState): boolean {
  const walk = (node: SerializedNode): boolean =>
    isReviewNode(node) ||
    hasParagraphMark(node) ||
    (node.type === 'footnote' && walk(node.note.root)) ||
    (hasChildren(node) && node.children.some(walk));
  return walk(content.root);
}

/** The ids a comment-range node names. */
export const commentIdsOf = (node: SerializedCommentRange): string[] =>
  node.commentIds.split(' ').filter((id) => id !== '');
