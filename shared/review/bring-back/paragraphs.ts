// A section's (or a footnote's) text as the paragraphs the Word export writes: each paragraph,
// heading and quote, and each list item's own text, in reading order, with its plain text as the
// Word reader gives it back (a field as its value, a footnote reference as one mark). The export
// for review stores these texts as the base a reviewed file is compared with; bringing the file
// back compares the same texts of the draft, and rewrites the same paragraphs.
import { FOOTNOTE_MARK } from '../../import/ir';
import { fieldText, type FieldTexts } from '../../model/field-texts';
import type { SerializedEditorState, SerializedNode } from '../../model/lexical-json';
import { hasChildren } from '../../model/walk';
import { PARAGRAPH_MARK_KEYS } from '../paragraph-marks';

/** Stands for a footnote reference in paragraph texts (as in the Word reader's deleted text). */
export { FOOTNOTE_MARK };

/** Stands for a paragraph break a reviewer added, where a reviewed paragraph is joined to the one before it. */
export const PARAGRAPH_BREAK = '\u2029';

/** The text a node takes in a paragraph's text (elements: their children's). */
export function nodeText(node: SerializedNode, fields: FieldTexts): string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'tab':
      return '\t';
    case 'linebreak':
      return '\n';
    case 'field':
      return fieldText(node.fieldId, fields);
    case 'footnote':
      return FOOTNOTE_MARK;
    case 'list':
      return '';
    default:
      return hasChildren(node) ? inlineText(node.children, fields) : '';
  }
}

export function inlineText(nodes: readonly SerializedNode[], fields: FieldTexts): string {
  return nodes.map((node) => nodeText(node, fields)).join('');
}

/** Whether the export writes the paragraph (the Word reader skips one with no text). */
export const isWritten = (text: string) => text.trim() !== '';

const isList = (node: SerializedNode) => node.type === 'list';

/**
 * A paragraph rewritten as several blocks (a reviewer added paragraph breaks): each part's inline
 * nodes, and the paragraph-mark NodeState each part ends with (the last part keeps the
 * paragraph's own as well).
 */
export interface SplitParagraph {
  parts: SerializedNode[][];
  states: Array<Record<string, string>>;
}

const isSplit = (value: SerializedNode[] | SplitParagraph): value is SplitParagraph => !Array.isArray(value);

/** The block (or blocks, when split) with these inline children; nested lists follow the last. */
function rebuilt(
  node: SerializedNode,
  result: SerializedNode[] | SplitParagraph,
  lists: SerializedNode[] = [],
): SerializedNode[] {
  if (!isSplit(result)) return [{ ...node, children: [...result, ...lists] } as SerializedNode];
  const last = result.parts.length - 1;
  const own = node.$ ?? {};
  const unmarked = Object.fromEntries(
    Object.entries(own).filter(([key]) => !Object.values(PARAGRAPH_MARK_KEYS).includes(key as never)),
  );
  return result.parts.map((children, k) => {
    const state = { ...(k === last ? own : unmarked), ...result.states[k] };
    const { $: _old, ...rest } = node;
    return {
      ...rest,
      ...(Object.keys(state).length > 0 ? { $: state } : {}),
      children: k === last ? [...children, ...lists] : children,
    } as SerializedNode;
  });
}

/**
 * Rewrites the inline content of every paragraph of the content in reading order: `rewrite`
 * gets each paragraph's inline nodes, its index and its block, and returns them unchanged, anew,
 * or split into several blocks.
 */
export function mapParagraphs(
  content: SerializedEditorState,
  rewrite: (inline: SerializedNode[], index: number, block: SerializedNode) => SerializedNode[] | SplitParagraph,
): SerializedEditorState {
  let index = 0;
  const blocks = (nodes: SerializedNode[]): SerializedNode[] => {
    const out = nodes.flatMap(block);
    return out.length === nodes.length && out.every((c, i) => c === nodes[i]) ? nodes : out;
  };
  const block = (node: SerializedNode): SerializedNode[] => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote') {
      const result = rewrite(node.children, index++, node);
      return result === node.children ? [node] : rebuilt(node, result);
    }
    if (node.type === 'list') {
      const children = blocks(node.children);
      return [children === node.children ? node : { ...node, children }];
    }
    if (node.type === 'listitem') {
      // An item holds its own text, or only a nested list (Lexical's way of nesting).
      const inline = node.children.filter((child) => !isList(child));
      const nested = node.children.filter(isList);
      const lists = nested.flatMap(block);
      const result = inline.length > 0 ? rewrite(inline, index++, node) : inline;
      if (result === inline && lists.every((l, i) => l === nested[i])) return [node];
      return rebuilt(node, result, lists);
    }
    return [node];
  };
  const children = blocks(content.root.children);
  return children === content.root.children ? content : { root: { ...content.root, children } };
}

/** The paragraphs' inline nodes, in the order mapParagraphs numbers them. */
export function paragraphNodes(content: SerializedEditorState): SerializedNode[][] {
  const out: SerializedNode[][] = [];
  mapParagraphs(content, (inline) => {
    out.push(inline);
    return inline;
  });
  return out;
}

/** The texts of the paragraphs the export writes, in order: the base a reviewed file is compared with. */
export function writtenTexts(content: SerializedEditorState, fields: FieldTexts): string[] {
  return paragraphNodes(content)
    .map((inline) => inlineText(inline, fields))
    .filter(isWritten);
}
