// Comments in the editor: wrapping the selected words in a comment range (overlapping comments
// share one range's ids), taking a comment's marks off again, listing the comments anchored in an
// editor in text order and selecting a comment's words. The threads are the caller's (the draft's
// review block); these only touch the text.
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  createCommand,
  type ElementNode,
  type LexicalCommand,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { $eachNode } from '../each-node';
import { $createCommentRangeNode, $isCommentRangeNode, type CommentRangeNode } from './comment-range-node';
import { $createSuggestionNode, $isSuggestionNode, type SuggestionNode } from './suggestion-node';

/**
 * "Comment" (toolbar, Ctrl+Alt+M): the words selected in the editor that dispatched it (the
 * section body or a footnote's text) are to get a new comment. Handled by the comments pane.
 */
export const ADD_COMMENT_COMMAND: LexicalCommand<void> = createCommand('ADD_COMMENT_COMMAND');

type Wrapper = CommentRangeNode | SuggestionNode;

const emptyCopy = (node: Wrapper): Wrapper =>
  $isCommentRangeNode(node)
    ? $createCommentRangeNode(node.getCommentIds())
    : $createSuggestionNode(node.getKind(), node.getSuggestionId());

/** Splits `wrapper` so that `child` is its only child (siblings go to copies before and after); returns it. */
function $isolate(child: LexicalNode, wrapper: Wrapper): Wrapper {
  const before = child.getPreviousSiblings();
  const after = child.getNextSiblings();
  if (before.length > 0) wrapper.insertBefore(emptyCopy(wrapper).append(...before));
  if (after.length > 0) wrapper.insertAfter(emptyCopy(wrapper).append(...after));
  return wrapper;
}

const sameWrapper = (a: LexicalNode | null, b: Wrapper): a is Wrapper =>
  ($isCommentRangeNode(a) && $isCommentRangeNode(b) && a.getCommentIds().join(' ') === b.getCommentIds().join(' ')) ||
  ($isSuggestionNode(a) &&
    $isSuggestionNode(b) &&
    a.getKind() === b.getKind() &&
    a.getSuggestionId() === b.getSuggestionId());

/** Joins neighbouring wrappers that say the same (left by splitting), inside `parent`. */
function $joinNeighbours(parent: ElementNode): void {
  let node = parent.getFirstChild();
  while (node) {
    const next: LexicalNode | null = node.getNextSibling();
    if (($isCommentRangeNode(node) || $isSuggestionNode(node)) && sameWrapper(next, node)) {
      node.append(...next.getChildren());
      next.remove();
      continue;
    }
    if ($isElementNode(node) && node.isInline()) $joinNeighbours(node);
    node = next;
  }
}

/** Words a comment may hold: text, tabs, breaks and fields, not a footnote reference. */
const isCommentable = (node: LexicalNode): boolean =>
  $isTextNode(node) ||
  ($isDecoratorNode(node) && node.isInline() && node.getType() === 'field') ||
  node.getType() === 'linebreak';

/**
 * Puts the selected words under comment `id`: words already under other comments get a range
 * naming all of them. Returns false when nothing commentable is selected (nothing changes).
 */
export function $wrapSelectionInComment(selection: RangeSelection, id: string): boolean {
  if (selection.isCollapsed()) return false;
  const forward = $createRangeSelection();
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  forward.anchor.set(start.key, start.offset, start.type);
  forward.focus.set(end.key, end.offset, end.type);
  const leaves = forward.extract().filter(isCommentable);
  if (leaves.length === 0 || leaves.every((leaf) => leaf.getTextContent() === '')) return false;
  const parents = new Set<ElementNode>();
  let last: CommentRangeNode | null = null;
  for (const leaf of leaves) {
    let unit: LexicalNode = leaf;
    let parent = unit.getParent();
    // A suggestion sits inside a comment range, never the reverse: take the suggestion along.
    if ($isSuggestionNode(parent)) {
      unit = $isolate(unit, parent);
      parent = unit.getParent();
    }
    if ($isCommentRangeNode(parent)) {
      const range = $isolate(unit, parent) as CommentRangeNode;
      if (!range.getCommentIds().includes(id)) range.setCommentIds([...range.getCommentIds(), id]);
      last = null;
      const holder = range.getParent();
      if (holder) parents.add(holder);
      continue;
    }
    if (!parent) continue;
    if (last && last.getNextSibling()?.is(unit)) last.append(unit);
    else {
      last = $createCommentRangeNode([id]);
      unit.insertBefore(last);
      last.append(unit);
    }
    parents.add(parent);
  }
  for (const parent of parents) if (parent.isAttached()) $joinNeighbours(parent);
  const ranges = $rangesOf(id);
  ranges.at(-1)?.selectEnd();
  return ranges.length > 0;
}

function $rangesOf(id: string): CommentRangeNode[] {
  const found: CommentRangeNode[] = [];
  $eachNode($getRoot(), (node) => {
    if ($isCommentRangeNode(node) && node.getCommentIds().includes(id)) found.push(node);
  });
  return found;
}

/** Takes comment `id` off the words (they stay); returns whether it was there. */
export function $removeCommentMarks(id: string): boolean {
  const ranges = $rangesOf(id);
  const parents = new Set<ElementNode>();
  for (const range of ranges) {
    const parent = range.getParent();
    if (parent) parents.add(parent);
    const rest = range.getCommentIds().filter((other) => other !== id);
    if (rest.length > 0) {
      range.setCommentIds(rest);
      continue;
    }
    for (const child of range.getChildren()) range.insertBefore(child);
    range.remove();
  }
  for (const parent of parents) if (parent.isAttached()) $joinNeighbours(parent);
  return ranges.length > 0;
}

export interface AnchoredComment {
  id: string;
  /** The words it is on, as they read now (all its ranges, in order). */
  quote: string;
}

/** The comments anchored in this editor, in text order. */
export function $anchoredComments(): AnchoredComment[] {
  const quotes = new Map<string, string[]>();
  $eachNode($getRoot(), (node) => {
    if (!$isCommentRangeNode(node)) return;
    for (const id of node.getCommentIds()) {
      const parts = quotes.get(id) ?? [];
      parts.push(node.getTextContent());
      quotes.set(id, parts);
    }
  });
  return [...quotes].map(([id, parts]) => ({ id, quote: parts.join(' … ') }));
}

/** The comment ids at the selection's start (innermost range first); empty outside any comment. */
export function $commentsAtSelection(): string[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  for (let node: LexicalNode | null = selection.anchor.getNode(); node; node = node.getParent())
    if ($isCommentRangeNode(node)) return node.getCommentIds();
  return [];
}

/** Selects the words of comment `id` (from its first range to its last); false when it has none here. */
export function $selectComment(id: string): boolean {
  const ranges = $rangesOf(id);
  const first = ranges[0];
  const last = ranges.at(-1);
  if (!first || !last) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(first.getKey(), 0, 'element');
  selection.focus.set(last.getKey(), last.getChildrenSize(), 'element');
  $setSelection(selection);
  return true;
}
