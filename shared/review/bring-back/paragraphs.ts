// A section's (or a footnote's) text as the paragraphs the Word export writes: each paragraph,
// heading and quote, and each list item's own text, in reading order, with its plain text as the
// Word reader gives it back (a field as its value, a footnote reference as one mark). The export
// for review stores these texts as the base a reviewed file is compared with; bringing the file
// back compares the same texts of the draft, and rewrites the same paragraphs.
import { FOOTNOTE_MARK } from '../../import/ir';
import { fieldText, type FieldTexts } from '../../model/field-texts';
import type { SerializedEditorState, SerializedNode } from '../../model/lexical-json';
import { hasChildren } from '../../model/walk';

/** Stands for a footnote reference in paragraph texts (as in the Word reader's deleted text). */
export { FOOTNOTE_MARK };

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
 * Rewrites the inline content of every paragraph of the content in reading order: `rewrite`
 * gets each paragraph's inline nodes and its index, and returns them unchanged or anew.
 */
export function mapParagraphs(
  content: SerializedEditorState,
  rewrite: (inline: SerializedNode[], index: number) => SerializedNode[],
): SerializedEditorState {
  let index = 0;
  const block = (node: SerializedNode): SerializedNode => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote') {
      const children = rewrite(node.children, index++);
      return children === node.children ? node : { ...node, children };
    }
    if (node.type === 'list') {
      const children = node.children.map(block);
      return children.every((c, i) => c === node.children[i]) ? node : { ...node, children };
    }
    if (node.type === 'listitem') {
      // An item holds its own text, or only a nested list (Lexical's way of nesting).
      const inline = node.children.filter((child) => !isList(child));
      const lists = node.children.filter(isList).map(block);
      const rewritten = inline.length > 0 ? rewrite(inline, index++) : inline;
      if (rewritten === inline && lists.every((l, i) => l === node.children.filter(isList)[i])) return node;
      return { ...node, children: [...rewritten, ...lists] };
    }
    return node;
  };
  const children = content.root.children.map(block);
  return children.every((c, i) => c === content.root.children[i]) ? content : { root: { ...content.root, children } };
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
