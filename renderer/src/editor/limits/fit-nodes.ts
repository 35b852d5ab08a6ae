// Node transforms that keep every editor state within the stored-content schema's limits
// (shared/model/editor-nodes.ts). Transforms run in every update whatever made it (typing,
// commands, paste, drop, loading), so this is the one place content is fitted; each fix keeps
// every word and reports what it changed.
import { $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $copyNode,
  $createLineBreakNode,
  $createParagraphNode,
  $isElementNode,
  $isParagraphNode,
  $isRootNode,
  type ElementNode,
  type LexicalNode,
  type RootNode,
  type TextNode,
} from 'lexical';
import { EDITOR_LIMITS, MAX_LIST_INDENT } from '../../../../shared/model/editor-nodes';
import type { FitNoticeKind } from './notices';

export type Report = (kind: FitNoticeKind) => void;

/** An item that only carries a nested list (Lexical's shape for indentation). */
function isNestingItem(item: ListItemNode): boolean {
  return item.getChildrenSize() > 0 && item.getChildren().every($isListNode);
}

export function $fitListItem(item: ListItemNode, report: Report): void {
  // A nesting item empties (and goes) when its deeper items move up.
  if (!item.isAttached() || isNestingItem(item) || item.getIndent() <= MAX_LIST_INDENT) return;
  item.setIndent(MAX_LIST_INDENT);
  report('listFlattened');
}

/** Where to cut a long run: after a space in its last tenth, else at the limit (never inside a surrogate pair). */
export function runCut(text: string, max: number): number {
  const floor = Math.floor(max * 0.9);
  for (let at = max; at > floor; at--) {
    if (/\s/.test(text.charAt(at - 1))) return at;
  }
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

function isSplittableBlock(node: ElementNode | null): node is ElementNode {
  return (
    $isParagraphNode(node) ||
    $isHeadingNode(node) ||
    $isQuoteNode(node) ||
    ($isListItemNode(node) && !isNestingItem(node))
  );
}

/**
 * A run longer than one stored text may hold is cut at a space: the rest goes on in a new block of
 * the same kind (adjacent runs with the same format would merge again), inside a link on a new line.
 */
export function $fitTextRun(node: TextNode, report: Report): void {
  const size = node.getTextContentSize();
  if (size <= EDITOR_LIMITS.maxTextNodeChars || !node.isSimpleText()) return;
  const [, rest] = node.splitText(runCut(node.getTextContent(), EDITOR_LIMITS.maxTextNodeChars));
  if (!rest) return;
  const parent = rest.getParent();
  if (isSplittableBlock(parent)) {
    const next = $copyNode(parent);
    const moved = [rest, ...rest.getNextSiblings()];
    parent.insertAfter(next);
    next.append(...moved);
  } else {
    rest.insertBefore($createLineBreakNode());
  }
  report('runSplit');
}

function numberedItems(items: readonly LexicalNode[]): number {
  return items.filter((item) => $isListItemNode(item) && !isNestingItem(item)).length;
}

/** A pasted start number (`<ol start>`) so high that the items' numbers would pass the limit starts lower. */
function $fitListNumbers(list: ListNode): void {
  const highestStart = Math.max(0, EDITOR_LIMITS.maxListNumber - Math.max(0, numberedItems(list.getChildren()) - 1));
  const start = list.getStart();
  if (start > highestStart || start < 0) list.setStart(Math.min(Math.max(start, 0), highestStart));
}

/**
 * A top-level list with more items than one list may hold goes on in a second list after an empty
 * paragraph (Lexical merges lists that touch), a numbered one continuing the numbering.
 */
export function $fitList(list: ListNode, report: Report): void {
  $fitListNumbers(list);
  const max = EDITOR_LIMITS.maxChildren;
  if (list.getChildrenSize() <= max || !$isRootNode(list.getParent())) return;
  const overflow = list.getChildren().slice(max);
  const counted = numberedItems(list.getChildren().slice(0, max));
  const next = $copyNode(list);
  const gap = $createParagraphNode();
  list.insertAfter(gap);
  gap.insertAfter(next);
  next.append(...overflow);
  if (list.getListType() === 'number') next.setStart(list.getStart() + counted);
  report('blocksJoined');
}

/**
 * More top-level blocks than the root may hold: neighbouring plain paragraphs are joined, the
 * second going on after a line break (each joined at most once a pass, so no paragraph grows
 * past the limit itself; the transform runs again while the root is still too full).
 */
export function $fitRoot(root: RootNode | ElementNode, report: Report): void {
  let excess = root.getChildrenSize() - EDITOR_LIMITS.maxChildren;
  if (excess <= 0) return;
  let current: LexicalNode | null = root.getLastChild();
  while (excess > 0 && current) {
    const previous: LexicalNode | null = current.getPreviousSibling();
    if ($isParagraphNode(current) && $isParagraphNode(previous)) {
      previous.append($createLineBreakNode(), ...current.getChildren());
      current.remove();
      excess -= 1;
      current = previous.getPreviousSibling();
    } else {
      current = previous;
    }
  }
  report('blocksJoined');
}

/** Plain blocks indented further than stored content allows go back to the limit. */
export function $fitBlockIndent(block: ElementNode): void {
  if ($isElementNode(block) && !$isListItemNode(block) && block.getIndent() > EDITOR_LIMITS.maxIndent)
    block.setIndent(EDITOR_LIMITS.maxIndent);
}
