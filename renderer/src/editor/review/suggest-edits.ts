// Edits recorded as suggestions, as Word's Track Changes records them: typed words go into an
// insertion (the reviewer's own insertion grows while they type), removed words stay in the text
// inside a deletion (struck through) and the caret moves past them; words of the reviewer's own
// pending insertion are simply removed. Text composed with an input method (Chinese, Japanese…)
// goes in as the browser composes it and is marked as an insertion once composed. A paragraph
// break typed (Enter) or pasted is a suggested inserted paragraph mark, one removed (Backspace at
// a paragraph's start, Delete at its end, a selection across paragraphs) a suggested deleted one
// (break-marks.ts); the reviewer's own suggested break is simply removed. Formatting is not
// recorded.
import {
  $copyNode,
  $createTextNode,
  $findMatchingParent,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import {
  $blockAfter,
  $breakMark,
  $breakMarks,
  $joinWithNext,
  $isTextBlock,
  $setBreakMarks,
  $textBlockOf,
  type BreakMarks,
} from './break-marks';
import type { SuggestionSource } from './suggesting-session';
import { $createSuggestionNode, $isSuggestionNode, type SuggestionNode } from './suggestion-node';

export type DeleteUnit = 'character' | 'word' | 'lineboundary';

const isLeaf = (node: LexicalNode): boolean => $isTextNode(node) || $isDecoratorNode(node) || $isLineBreakNode(node);

const isInlineElement = (node: LexicalNode | null): node is ElementNode => $isElementNode(node) && node.isInline();

function wrapperOf(node: LexicalNode): SuggestionNode | null {
  const parent = node.getParent();
  return $isSuggestionNode(parent) ? parent : null;
}

const isDeleted = (node: LexicalNode): boolean => wrapperOf(node)?.getKind() === 'delete';

function isOwnInsertion(wrapper: SuggestionNode | null, source: SuggestionSource): wrapper is SuggestionNode {
  return wrapper !== null && wrapper.getKind() === 'insert' && source.isOwn(wrapper.getSuggestionId());
}

/** The first (or last) leaf inside an inline node. */
function edgeLeaf(node: LexicalNode, last: boolean): LexicalNode {
  let current = node;
  while (isInlineElement(current)) {
    const next = last ? current.getLastChild() : current.getFirstChild();
    if (!next) return current;
    current = next;
  }
  return current;
}

/** The leaf just before (or after) a point, in the same block; null at the block's edge. */
function leafBeside(point: PointType, backward: boolean): LexicalNode | null {
  const node = point.getNode();
  let current: LexicalNode;
  if (point.type === 'text') {
    if (backward ? point.offset > 0 : point.offset < node.getTextContentSize()) return node;
    current = node;
  } else {
    const element = node as ElementNode;
    const child = element.getChildAtIndex(backward ? point.offset - 1 : point.offset);
    if (child) return edgeLeaf(child, backward);
    if (!element.isInline()) return null;
    current = element;
  }
  for (;;) {
    const sibling = backward ? current.getPreviousSibling() : current.getNextSibling();
    if (sibling) return edgeLeaf(sibling, backward);
    const parent = current.getParent();
    if (!isInlineElement(parent)) return null;
    current = parent;
  }
}

/** Puts the caret just before or after a node. */
function caretBeside(node: LexicalNode, after: boolean): void {
  const sibling = after ? node.getNextSibling() : node.getPreviousSibling();
  if ($isTextNode(sibling) && sibling.isSimpleText()) {
    const offset = after ? 0 : sibling.getTextContentSize();
    sibling.select(offset, offset);
    return;
  }
  const index = node.getIndexWithinParent() + (after ? 1 : 0);
  node.getParentOrThrow().select(index, index);
}

/** Code units of the character before (or after) an offset: surrogate pairs go as one. */
function characterSize(text: string, offset: number, backward: boolean): number {
  const code = text.charCodeAt(backward ? offset - 1 : offset);
  const pair = backward ? code >= 0xdc00 && code <= 0xdfff : code >= 0xd800 && code <= 0xdbff;
  return pair && (backward ? offset >= 2 : offset + 1 < text.length) ? 2 : 1;
}

/** The part [start, end) of a text node as a node of its own. */
function isolate(text: TextNode, start: number, end: number): TextNode {
  let part = text;
  if (start > 0) part = text.splitText(start)[1] as TextNode;
  if (end - start < part.getTextContentSize()) part = part.splitText(end - start)[0] as TextNode;
  return part;
}

/** The id of the reviewer's own deletion just beside the leaves, to extend rather than start another. */
function ownDeletionBeside(leaves: readonly LexicalNode[], source: SuggestionSource): string | null {
  const first = leaves[0];
  const last = leaves[leaves.length - 1];
  const candidates = [
    first && (wrapperOf(first) ? null : first.getPreviousSibling()),
    last && (wrapperOf(last) ? null : last.getNextSibling()),
  ];
  for (const node of candidates)
    if ($isSuggestionNode(node) && node.getKind() === 'delete' && source.isOwn(node.getSuggestionId()))
      return node.getSuggestionId();
  return null;
}

/** Joins a suggestion with the same suggestion just after it. */
function joinNext(wrapper: SuggestionNode): void {
  const next = wrapper.getNextSibling();
  if (
    $isSuggestionNode(next) &&
    next.getKind() === wrapper.getKind() &&
    next.getSuggestionId() === wrapper.getSuggestionId()
  ) {
    wrapper.append(...next.getChildren());
    next.remove();
  }
}

/**
 * Marks the leaves deleted (their own insertions removed, deletions left as they are) and puts the
 * caret before the first (backward) or after the last of them. False when no suggestion id is
 * ready: nothing changed.
 */
function $markDeleted(
  leaves: readonly LexicalNode[],
  backward: boolean,
  source: SuggestionSource,
  preset: string | null = null,
): boolean {
  let id: string | null = null;
  const needsId = leaves.some((leaf) => wrapperOf(leaf) === null);
  if (needsId) {
    id = preset ?? ownDeletionBeside(leaves, source) ?? source.take();
    if (id === null) return false;
  }
  const kept: LexicalNode[] = [];
  for (const leaf of leaves) {
    const wrapper = wrapperOf(leaf);
    if (isOwnInsertion(wrapper, source)) {
      leaf.remove();
      continue;
    }
    if (wrapper) {
      if (kept[kept.length - 1] !== wrapper) kept.push(wrapper);
      continue;
    }
    const previous = leaf.getPreviousSibling();
    if ($isSuggestionNode(previous) && previous.getKind() === 'delete' && previous.getSuggestionId() === id) {
      previous.append(leaf);
      if (kept[kept.length - 1] !== previous) kept.push(previous);
    } else {
      const deletion = $createSuggestionNode('delete', id!);
      leaf.insertBefore(deletion);
      deletion.append(leaf);
      kept.push(deletion);
    }
  }
  for (const node of kept) if ($isSuggestionNode(node) && node.isAttached()) joinNext(node);
  const alive = kept.filter((node) => node.isAttached());
  const edge = backward ? alive[0] : alive[alive.length - 1];
  if (edge) caretBeside(edge, !backward);
  return true;
}

/** Deletes the selected words as a suggestion; the caret ends after them (before them when backward). */
export function $suggestDeleteSelection(
  selection: RangeSelection,
  backward: boolean,
  source: SuggestionSource,
): boolean {
  if (selection.isCollapsed()) return true;
  const crossed = blocksCrossed(selection);
  const ownBreaks = crossed.every((block) => isOwnBreak(block, source));
  const endMarks = crossed.length > 0 ? $breakMarks($blockAfter(crossed[crossed.length - 1]!)!) : null;
  const leaves = selection.extract().filter((node) => isLeaf(node) && node.isAttached());
  if (leaves.length === 0 && crossed.length === 0) return true;
  if (leaves.every((leaf) => isOwnInsertion(wrapperOf(leaf), source)) && ownBreaks) {
    // Only the reviewer's own suggestions: removed, the joined block ending with the last one's mark.
    selection.removeText();
    const caret = $getSelection();
    const joined = $isRangeSelection(caret) ? $textBlockOf(caret.anchor.getNode()) : null;
    if (joined && endMarks) $setBreakMarks(joined, endMarks);
    return true;
  }
  let id: string | null = null;
  if (!ownBreaks) {
    id = ownDeletionBeside(leaves, source) ?? source.take();
    if (id === null) return false;
  }
  if (leaves.length > 0 && !$markDeleted(leaves, backward, source, id)) return false;
  const first = crossed[0];
  const end = first ? $blockAfter(crossed[crossed.length - 1]!) : null;
  for (const block of [...crossed].reverse()) {
    if (isOwnBreak(block, source)) $joinWithNext(block);
    else if ($breakMark(block, 'delete') === '') $setBreakMarks(block, { delete: id! });
  }
  // Only breaks were selected: the caret goes past them, as after deleted words.
  if (leaves.length === 0 && first) {
    if (backward && first.isAttached()) first.selectEnd();
    else if (end?.isAttached()) end.selectStart();
  }
  return true;
}

/** The blocks whose paragraph mark is inside the selection (each ends before its end), in order. */
function blocksCrossed(selection: RangeSelection): ElementNode[] {
  const [start, end] = selection.getStartEndPoints();
  const first = $textBlockOf(start.getNode());
  const last = $textBlockOf(end.getNode());
  const blocks: ElementNode[] = [];
  for (let block = first; block && last; block = $blockAfter(block)) {
    if (block === last) return blocks;
    blocks.push(block);
  }
  // Not in one run of blocks (a list between them): their marks are left as they are.
  return [];
}

/** Whether the block's paragraph mark is the reviewer's own suggested insertion (it may simply go). */
function isOwnBreak(block: ElementNode, source: SuggestionSource): boolean {
  const id = $breakMark(block, 'insert');
  return id !== '' && $breakMark(block, 'delete') === '' && source.isOwn(id);
}

/**
 * Backspace at a block's start or Delete at its end: the paragraph mark between the two blocks
 * becomes a suggested deletion (the reviewer's own suggested break is removed instead) and the
 * caret moves on into the other block, as Word does.
 */
function $suggestDeleteBreak(block: ElementNode, backward: boolean, source: SuggestionSource): boolean {
  const before = backward ? block.getPreviousSibling() : block;
  const after = backward ? block : block.getNextSibling();
  const ends = $isTextBlock(before) && after !== null && $blockAfter(before) === after;
  if (ends && isOwnBreak(before, source)) {
    const last = before.getLastDescendant();
    const joined = $joinWithNext(before);
    if ($isTextNode(last) && last.isAttached()) last.select(last.getTextContentSize(), last.getTextContentSize());
    else joined?.selectStart();
    return true;
  }
  if (ends && $breakMark(before, 'delete') === '') {
    const id = source.take();
    if (id === null) return true;
    $setBreakMarks(before, { delete: id });
  }
  const next = backward ? before : after;
  if ($isElementNode(next)) {
    if (backward) next.selectEnd();
    else next.selectStart();
  }
  return true;
}

/** Backspace (backward) or Delete by a character, word or to the line's edge, as a suggestion. */
export function $suggestDelete(backward: boolean, unit: DeleteUnit, source: SuggestionSource): boolean {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) {
    const leaves = selection.getNodes().filter((node) => isLeaf(node) && !isDeleted(node));
    return leaves.length === 0 || $markDeleted(leaves, backward, source);
  }
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed()) return $suggestDeleteSelection(selection, backward, source);
  // Words already deleted are stepped over, as Word moves the caret past them.
  let leaf = leafBeside(selection.focus, backward);
  while (leaf && isDeleted(leaf)) {
    caretBeside(wrapperOf(leaf)!, !backward);
    const moved = $getSelection();
    if (!$isRangeSelection(moved)) return true;
    leaf = leafBeside(moved.focus, backward);
  }
  const current = $getSelection() as RangeSelection;
  if (!leaf) {
    // A paragraph's edge: its break is suggested deleted, the caret goes on to the next one.
    const block = $findMatchingParent(current.focus.getNode(), (node) => $isElementNode(node) && !node.isInline());
    return $isElementNode(block) ? $suggestDeleteBreak(block, backward, source) : true;
  }
  if (unit !== 'character') {
    current.modify('extend', backward, unit);
    return $suggestDeleteSelection(current, backward, source);
  }
  if (!$isTextNode(leaf)) return $markDeleted([leaf], backward, source);
  const text = leaf.getTextContent();
  const inside = current.focus.getNode() === leaf;
  const from = inside ? current.focus.offset : backward ? text.length : 0;
  const size = characterSize(text, from, backward);
  const [start, end] = backward ? [from - size, from] : [from, from + size];
  if (isOwnInsertion(wrapperOf(leaf), source)) {
    leaf.spliceText(start, end - start, '', true);
    return true;
  }
  return $markDeleted([isolate(leaf, start, end)], backward, source);
}

/** Splits someone else's suggestion where new words go, and puts `node` between the two parts. */
function insertSplitting(wrapper: SuggestionNode, text: LexicalNode, offset: number, node: LexicalNode): void {
  const atStart = offset === 0 && text.getPreviousSibling() === null;
  const atEnd = offset === text.getTextContentSize() && text.getNextSibling() === null;
  if (atStart || wrapper.getKind() === 'delete') {
    // New words never go inside a deletion: before it at its start, else after it.
    if (atStart) wrapper.insertBefore(node);
    else wrapper.insertAfter(node);
    return;
  }
  if (atEnd) {
    wrapper.insertAfter(node);
    return;
  }
  let rest: LexicalNode | null;
  if (offset === 0) rest = text;
  else if (offset === text.getTextContentSize()) rest = text.getNextSibling();
  else rest = ($isTextNode(text) ? text.splitText(offset)[1] : text.getNextSibling()) ?? null;
  wrapper.insertAfter(node);
  const tail = $createSuggestionNode(wrapper.getKind(), wrapper.getSuggestionId());
  node.insertAfter(tail);
  while (rest) {
    const next: LexicalNode | null = rest.getNextSibling();
    tail.append(rest);
    rest = next;
  }
}

/** Puts an inline node at a point, never inside another suggestion. */
function placeAt(point: PointType, node: LexicalNode): void {
  const target = point.getNode();
  if (point.type === 'text') {
    const wrapper = wrapperOf(target);
    if (wrapper) return insertSplitting(wrapper, target, point.offset, node);
    const text = target as TextNode;
    if (point.offset === 0) text.insertBefore(node);
    else if (point.offset >= text.getTextContentSize()) text.insertAfter(node);
    else text.splitText(point.offset)[0]!.insertAfter(node);
    return;
  }
  const element = target as ElementNode;
  if ($isSuggestionNode(element)) {
    if (point.offset === 0) element.insertBefore(node);
    else element.insertAfter(node);
    return;
  }
  const child = element.getChildAtIndex(point.offset);
  if (child) child.insertBefore(node);
  else element.append(node);
}

/** Typed (or pasted plain) text as a suggested insertion, replacing a selection as a deletion. */
export function $suggestText(text: string, source: SuggestionSource): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed() && !$suggestDeleteSelection(selection, false, source)) return true;
  const caret = $getSelection();
  if (!$isRangeSelection(caret)) return true;
  const { anchor } = caret;
  const sameLook = (node: TextNode) => node.getFormat() === caret.format && node.getStyle() === caret.style;
  const here = anchor.getNode();
  // Typing on in the reviewer's own insertion extends it.
  if ($isTextNode(here) && isOwnInsertion(wrapperOf(here), source) && sameLook(here)) {
    here.spliceText(anchor.offset, 0, text, true);
    return true;
  }
  const before = leafBeside(anchor, true);
  const ownBefore = before && isOwnInsertion(wrapperOf(before), source) && before.getNextSibling() === null;
  if (ownBefore && $isTextNode(before) && sameLook(before)) {
    before.spliceText(before.getTextContentSize(), 0, text, true);
    return true;
  }
  const words = $createTextNode(text).setFormat(caret.format).setStyle(caret.style);
  if (ownBefore) before.insertAfter(words);
  else {
    const id = source.take();
    if (id === null) return true;
    const insertion = $createSuggestionNode('insert', id).append(words);
    placeAt(anchor, insertion);
  }
  words.select(text.length, text.length);
  return true;
}

/**
 * A paragraph break (Enter) as a suggested inserted paragraph mark at the end of the first part;
 * the second part ends with the mark the block had. A selection is first deleted as a suggestion.
 * Left to Lexical in an empty list item (Enter there ends the list, no break is added).
 */
export function $suggestBreak(source: SuggestionSource): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed() && !$suggestDeleteSelection(selection, false, source)) return true;
  const caret = $getSelection();
  if (!$isRangeSelection(caret)) return true;
  const block = $textBlockOf(caret.anchor.getNode());
  if (!block || (block.getType() === 'listitem' && block.isEmpty())) return false;
  const id = source.take();
  if (id === null) return true;
  const marks = $breakMarks(block);
  $splitInlinesAtCaret(caret);
  const split = $getSelection();
  if ($isRangeSelection(split)) split.insertParagraph();
  $markInsertedBreaks(block, id, marks);
  return true;
}

/**
 * Cuts the suggestions, comment ranges and links around the caret in two at it (Lexical would
 * leave such a wrapper whole and break the paragraph after it), the caret between the parts.
 */
function $splitInlinesAtCaret(selection: RangeSelection): void {
  const node = selection.anchor.getNode();
  let parent: LexicalNode | null;
  let index: number;
  if ($isTextNode(node)) {
    const { offset } = selection.anchor;
    if (offset > 0 && offset < node.getTextContentSize()) node.splitText(offset);
    parent = node.getParent();
    index = node.getIndexWithinParent() + (offset > 0 ? 1 : 0);
  } else {
    parent = node;
    index = selection.anchor.offset;
  }
  if (!isInlineElement(parent)) return;
  while (isInlineElement(parent)) {
    const rest = parent.getChildren().slice(index);
    if (index > 0 && rest.length > 0) {
      const tail = $copyNode(parent);
      parent.insertAfter(tail);
      tail.append(...rest);
    }
    index = parent.getIndexWithinParent() + (index > 0 ? 1 : 0);
    parent = parent.getParent();
  }
  if ($isElementNode(parent)) parent.select(index, index);
}

/**
 * After new blocks were put in from `from` on (a break typed, paragraphs pasted): every block
 * from `from` to the one before the caret's ends with a suggested inserted mark; the caret's block
 * ends with the marks `from` had.
 */
export function $markInsertedBreaks(from: ElementNode, id: string, marks: BreakMarks): void {
  const caret = $getSelection();
  const last = $isRangeSelection(caret) ? $textBlockOf(caret.anchor.getNode()) : null;
  if (!last || last === from || !from.isAttached()) return;
  for (let block: ElementNode | null = from; block && block !== last; block = $blockAfter(block))
    $setBreakMarks(block, { insert: id, delete: '' });
  $setBreakMarks(last, marks);
}

/** Wraps the inline content of nodes about to be pasted in one suggested insertion; its id, or null when none is ready. */
export function $wrapAsInsertion(nodes: LexicalNode[], source: SuggestionSource): string | null {
  const id = source.take();
  if (id === null) return null;
  const wrapList = (list: readonly LexicalNode[]): LexicalNode[] => {
    const out: LexicalNode[] = [];
    let run: SuggestionNode | null = null;
    for (const node of list) {
      if (isLeaf(node)) {
        run ??= $createSuggestionNode('insert', id);
        if (run.getChildrenSize() === 0) out.push(run);
        run.append(node);
        continue;
      }
      run = null;
      if ($isElementNode(node) && !$isSuggestionNode(node)) {
        const children = wrapList(node.getChildren());
        node.clear().append(...children);
      }
      out.push(node);
    }
    return out;
  };
  const wrapped = wrapList(nodes);
  nodes.splice(0, nodes.length, ...wrapped);
  return id;
}

/**
 * Text just composed with an input method, standing before the caret as plain text (the browser
 * and Lexical put it there while composing): marked as an insertion, joined to the reviewer's
 * own insertion when it ends right where the words begin. Nothing to do inside an insertion.
 */
export function $markComposed(text: string, source: SuggestionSource): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || text === '') return false;
  const { anchor } = selection;
  const node = anchor.getNode();
  if (!$isTextNode(node) || wrapperOf(node) !== null) return false;
  const start = anchor.offset - text.length;
  if (start < 0 || node.getTextContent().slice(start, anchor.offset) !== text) return false;
  const words = isolate(node, start, anchor.offset);
  const before = words.getPreviousSibling();
  if ($isSuggestionNode(before) && isOwnInsertion(before, source)) before.append(words);
  else {
    const id = source.take();
    if (id === null) return false;
    const insertion = $createSuggestionNode('insert', id);
    words.insertBefore(insertion);
    insertion.append(words);
  }
  words.select(text.length, text.length);
  return true;
}
