// Suggested paragraph breaks in the editor (shared/review/paragraph-marks.ts): the id of an
// inserted or deleted paragraph mark in the NodeState of the block it ends, joined as the stored
// content is, and shown as a pilcrow after the block's words in the suggestion's author's colour,
// described for screen readers ("Paragraph break inserted by …").
import { $isListItemNode, $isListNode, ListItemNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $findMatchingParent,
  $getNodeByKey,
  $getState,
  $isElementNode,
  $setState,
  createState,
  ParagraphNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { PARAGRAPH_MARK_KEYS, type ParagraphMarkKind } from '../../../../shared/review/paragraph-marks';
import { authorClass, describeSuggestion } from './review-authors';

const parse = (value: unknown) => (typeof value === 'string' ? value : '');
const STATES = {
  insert: createState(PARAGRAPH_MARK_KEYS.insert, { parse }),
  delete: createState(PARAGRAPH_MARK_KEYS.delete, { parse }),
};
const KINDS: readonly ParagraphMarkKind[] = ['insert', 'delete'];
const JOINABLE = new Set(['paragraph', 'heading', 'quote', 'listitem']);

export type BreakMarks = Record<ParagraphMarkKind, string>;

/** The id of a block's suggested paragraph mark of that kind; '' when none. */
export const $breakMark = (block: LexicalNode, kind: ParagraphMarkKind): string => $getState(block, STATES[kind]);

export const $breakMarks = (block: LexicalNode): BreakMarks => ({
  insert: $breakMark(block, 'insert'),
  delete: $breakMark(block, 'delete'),
});

export function $setBreakMarks(block: LexicalNode, marks: Partial<BreakMarks>): void {
  for (const kind of KINDS) {
    const id = marks[kind];
    if (id !== undefined && $breakMark(block, kind) !== id) $setState(block, STATES[kind], id);
  }
}

/** Whether the node is a block holding words, whose paragraph mark may be suggested. */
export const $isTextBlock = (node: LexicalNode | null | undefined): node is ElementNode =>
  $isElementNode(node) && !node.isInline() && JOINABLE.has(node.getType());

/** The block holding a node (paragraph, heading, quote, list item); null outside one. */
export const $textBlockOf = (node: LexicalNode): ElementNode | null =>
  $findMatchingParent(node, (parent) => $isTextBlock(parent)) as ElementNode | null;

/** The block just after, when the paragraph mark between them may be suggested. */
export function $blockAfter(block: ElementNode): ElementNode | null {
  const next = block.getNextSibling();
  return $isTextBlock(next) ? next : null;
}

/**
 * Joins a block with the one after it (the paragraph break between them goes): the words of both
 * in the first block (the second when the first is empty), ending with the second one's mark.
 * Returns the joined block, or null when there is none after it to join.
 */
export function $joinWithNext(block: ElementNode): ElementNode | null {
  const next = $blockAfter(block);
  if (!next) return null;
  if (block.isEmpty()) {
    block.remove();
    return next;
  }
  const marks = $breakMarks(next);
  block.append(...next.getChildren());
  next.remove();
  $setBreakMarks(block, marks);
  return block;
}

/** A list item holding words of its own (not only a nested list). */
const $ownWords = (node: LexicalNode | null): node is ListItemNode =>
  $isListItemNode(node) && !node.getChildren().some((child) => $isListNode(child));

/**
 * Joins a block with the words across a list's edge, as the stored content is joined: a block
 * just before a list takes its first item's words, a list's last item the block after the list
 * (the first block keeps its type). Returns the joined block, or null when there is none to join.
 */
function $joinAcrossListEdge(block: ElementNode): ElementNode | null {
  const next = block.getNextSibling();
  let source: ElementNode | null = null;
  if ($isListNode(next) && !$isListItemNode(block)) {
    const first = next.getFirstChild();
    if ($ownWords(first)) source = first;
  } else if ($ownWords(block) && next === null) {
    const after = block.getParent()?.getNextSibling();
    if ($isTextBlock(after) && !$isListItemNode(after)) source = after;
  }
  if (!source) return null;
  if (block.isEmpty() && $isListItemNode(source)) {
    // An empty paragraph joined into a list is simply gone.
    block.remove();
    return source;
  }
  const marks = $breakMarks(source);
  const parent = source.getParent();
  block.append(...source.getChildren());
  source.remove();
  if ($isListNode(parent) && parent.isEmpty()) parent.remove();
  $setBreakMarks(block, marks);
  return block;
}

/**
 * Decides every suggested paragraph mark with this id: an accepted insertion or a rejected
 * deletion takes the mark off (the break stays), the other two join the blocks.
 */
export function $decideBreaks(blocks: readonly ElementNode[], suggestionId: string, accept: boolean): void {
  for (const block of blocks) {
    let current: ElementNode | null = block;
    while (current?.isAttached()) {
      const kind = KINDS.find((k) => $breakMark(current!, k) === suggestionId);
      if (!kind) break;
      if ((kind === 'insert') === accept) $setBreakMarks(current, { [kind]: '' });
      else {
        const joined: ElementNode | null = $joinWithNext(current) ?? $joinAcrossListEdge(current);
        if (joined) current = joined;
        else $setBreakMarks(current, { [kind]: '' });
      }
    }
  }
}

export const BREAK_ATTRIBUTE = 'data-break-suggestion';

function paint(element: HTMLElement, editor: LexicalEditor, marks: BreakMarks): void {
  const kind: ParagraphMarkKind | null = marks.delete ? 'delete' : marks.insert ? 'insert' : null;
  // Nearly every block has no mark and was never painted (all are painted when a section opens).
  if (!kind && !element.hasAttribute(BREAK_ATTRIBUTE)) return;
  for (const name of [...element.classList])
    if (/^nd-(author-\d+|break-(insert|delete))$/.test(name)) element.classList.remove(name);
  if (!kind) {
    element.removeAttribute(BREAK_ATTRIBUTE);
    element.removeAttribute('data-break-kind');
    element.removeAttribute('data-break-label');
    return;
  }
  const id = marks[kind];
  element.setAttribute(BREAK_ATTRIBUTE, id);
  element.setAttribute('data-break-kind', kind);
  element.setAttribute(
    'data-break-label',
    describeSuggestion(editor, id, kind === 'insert' ? 'break-insert' : 'break-delete'),
  );
  element.classList.add(`nd-break-${kind}`, authorClass(editor, id));
}

/** The block classes the editor has (a footnote's editor has no headings, quotes or lists). */
const blockClasses = (editor: LexicalEditor) =>
  [ParagraphNode, HeadingNode, QuoteNode, ListItemNode].filter((klass) => editor.hasNodes([klass]));

/** Tells `listener` how many blocks end with a suggested paragraph mark, whenever that may change. */
export function watchBreakSuggestions(editor: LexicalEditor, listener: (count: number) => void): () => void {
  const marked = new Set<NodeKey>();
  const stops = blockClasses(editor).map((klass) =>
    editor.registerMutationListener(
      klass,
      (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            const node = mutation === 'destroyed' ? null : $getNodeByKey(key);
            const marks = node ? $breakMarks(node) : null;
            if (marks && (marks.insert || marks.delete)) marked.add(key);
            else marked.delete(key);
          }
        });
        listener(marked.size);
      },
      { skipInitialization: false },
    ),
  );
  return () => stops.forEach((stop) => stop());
}

/** Shows the suggested paragraph marks of the blocks Lexical reports as created or changed. */
export function registerBreakMarks(editor: LexicalEditor): () => void {
  const show = (keys: NodeKey[]) =>
    editor.getEditorState().read(() => {
      for (const key of keys) {
        const node = $getNodeByKey(key);
        const element = editor.getElementByKey(key);
        if (node && element) paint(element, editor, $breakMarks(node));
      }
    });
  const stops = blockClasses(editor).map((klass) =>
    editor.registerMutationListener(
      klass,
      (mutations) => show([...mutations].filter(([, mutation]) => mutation !== 'destroyed').map(([key]) => key)),
      { skipInitialization: false },
    ),
  );
  return () => stops.forEach((stop) => stop());
}

/** Paints a block's pilcrow again (its author or description became known after it was shown). */
export function repaintBreak(element: HTMLElement, editor: LexicalEditor): void {
  const id = element.getAttribute(BREAK_ATTRIBUTE);
  const kind = element.getAttribute('data-break-kind');
  if (!id || (kind !== 'insert' && kind !== 'delete')) return;
  paint(element, editor, { insert: kind === 'insert' ? id : '', delete: kind === 'delete' ? id : '' });
}
