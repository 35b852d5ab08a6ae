// Stored section content as the diff engine sees it: a sequence of blocks (paragraph, heading,
// quote, list item with its kind and depth), each a sequence of tokens that keep what a reader
// notices — words with their bold/italic/underline/link, and footnote references with their text.
// A field reads as the words of its value on that side (the draft's fields then and now).
// Two tokens are equal only when text and formatting are, so a word made bold reads as changed.
import type { SerializedEditorState, SerializedNode } from '../model/lexical-json';
import { KEPT_TEXT_FORMATS, LETTERED_LIST_STYLE } from '../model/lexical-json';
import { fieldText, type FieldTexts } from '../model/field-texts';
import { bodyText } from '../model/text';
import { textPieces } from '../model/word-tokens';

export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'bullet' | 'number' | 'letter' | 'check';

export interface BlockStyle {
  kind: BlockKind;
  /** Heading level (1–6) or list depth (1 = top level); 0 for paragraphs and quotes. */
  level: number;
}

export type RichToken =
  | { kind: 'start'; style: BlockStyle }
  | { kind: 'text'; text: string; marks: number; link?: string }
  | { kind: 'footnote'; text: string };

export interface DiffBlock {
  style: BlockStyle;
  tokens: RichToken[];
}

/** A key that is equal for two tokens exactly when a reader would see them as the same. */
export function tokenKey(token: RichToken): string {
  if (token.kind === 'start') return `\u0001${token.style.kind}:${token.style.level}`;
  if (token.kind === 'footnote') return `\u0003${token.text}`;
  return `\u0002${token.marks}:${token.link ?? ''}:${token.text}`;
}

function inlineTokens(nodes: SerializedNode[], out: RichToken[], fields: FieldTexts | undefined, link?: string): void {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'field') {
      const marks = node.format & KEPT_TEXT_FORMATS;
      const shown = node.type === 'text' ? node.text : fieldText(node.fieldId, fields);
      for (const text of textPieces(shown))
        out.push(link === undefined ? { kind: 'text', text, marks } : { kind: 'text', text, marks, link });
    } else if (node.type === 'tab') out.push({ kind: 'text', text: '\t', marks: 0 });
    else if (node.type === 'linebreak') out.push({ kind: 'text', text: '\u2028', marks: 0 });
    else if (node.type === 'footnote') out.push({ kind: 'footnote', text: bodyText(node.note).body });
    else if (node.type === 'link' || node.type === 'autolink') inlineTokens(node.children, out, fields, node.url);
    // Review marks are not text: their words compare as the words around them (shared/review/).
    else if (node.type === 'suggestion' || node.type === 'comment-range')
      inlineTokens(node.children, out, fields, link);
  }
}

function listKind(node: Extract<SerializedNode, { type: 'list' }>): BlockKind {
  if (node.listType === 'bullet') return 'bullet';
  if (node.listType === 'check') return 'check';
  return node.$?.['listStyle'] === LETTERED_LIST_STYLE ? 'letter' : 'number';
}

function collect(
  nodes: SerializedNode[],
  out: DiffBlock[],
  list: { kind: BlockKind; depth: number } | null,
  fields: FieldTexts | undefined,
): void {
  for (const node of nodes) {
    if (node.type === 'list') {
      collect(node.children, out, { kind: listKind(node), depth: (list?.depth ?? 0) + 1 }, fields);
    } else if (node.type === 'listitem' && list) {
      const inline = node.children.filter((child) => child.type !== 'list');
      if (inline.length > 0) {
        const tokens: RichToken[] = [];
        inlineTokens(inline, tokens, fields);
        out.push({ style: { kind: list.kind, level: list.depth }, tokens });
      }
      collect(
        node.children.filter((child) => child.type === 'list'),
        out,
        list,
        fields,
      );
    } else if (node.type === 'paragraph' || node.type === 'quote') {
      const tokens: RichToken[] = [];
      inlineTokens(node.children, tokens, fields);
      out.push({ style: { kind: node.type, level: 0 }, tokens });
    } else if (node.type === 'heading') {
      const tokens: RichToken[] = [];
      inlineTokens(node.children, tokens, fields);
      out.push({ style: { kind: 'heading', level: Number(node.tag.slice(1)) }, tokens });
    }
  }
}

/** The tokens of one block's inline content (a paragraph's, or a list item's without its nested lists). */
export function inlineBlockTokens(children: SerializedNode[], fields?: FieldTexts): RichToken[] {
  const tokens: RichToken[] = [];
  inlineTokens(children, tokens, fields);
  return tokens;
}

/** The blocks of one section's body, in reading order; footnote text rides on its reference. */
export function diffBlocks(content: SerializedEditorState, fields?: FieldTexts): DiffBlock[] {
  const out: DiffBlock[] = [];
  collect(content.root.children, out, null, fields);
  return out;
}
