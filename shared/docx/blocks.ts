// Block Lexical nodes -> Word paragraphs (as WordprocessingML, see wml.ts): paragraphs,
// headings (under the document's own levels), block quotes and lists with real numbering.
// Empty paragraphs are left out: spacing comes from the styles.
import type { SerializedElement, SerializedList, SerializedNode } from '../model/lexical-json';
import type { RenderContext } from './context';
import { inlineChildren } from './inline';
import { MAX_LIST_LEVEL } from './numbering';
import { STYLE } from './styles';
import { isLeftToRightOnly } from './text';
import { paragraphXml, type Alignment, type ParagraphProperties } from './wml';

const INDENT_STEP = 720;

const ALIGNMENTS: Partial<Record<SerializedElement['format'], Alignment>> = {
  center: 'center',
  justify: 'both',
  left: 'left',
  right: 'right',
  end: 'end',
};

/** The visible text of inline nodes (footnote text excluded), to decide a paragraph's direction. */
function plainText(nodes: readonly SerializedNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.text;
    else if (node.type !== 'footnote' && 'children' in node) text += plainText(node.children);
  }
  return text;
}

/**
 * In a right-to-left draft every paragraph is right-to-left (w:bidi), except one that holds only
 * left-to-right text, such as the English official text of a norm: written RTL, its final full
 * stop would be shown at the wrong end. In other drafts a paragraph is RTL when the editor
 * says so (e.g. an Arabic quotation in an English draft).
 */
export function paragraph(ctx: RenderContext, options: ParagraphProperties, children: string, text: string, direction: SerializedElement['direction'] = null): string {
  const bidirectional = ctx.profile.rtl ? !isLeftToRightOnly(text) : direction === 'rtl';
  return paragraphXml({ ...options, bidirectional }, children);
}

function elementOptions(node: SerializedElement): ParagraphProperties {
  const indentLeft = Number.isInteger(node.indent) && node.indent > 0 ? INDENT_STEP * Math.min(node.indent, 10) : undefined;
  return { alignment: ALIGNMENTS[node.format], indentLeft };
}

/** Content h1..h3 sit under the section heading (Heading 1), so h1 -> Heading 2, deeper -> Heading 3. */
function headingStyle(tag: string): string {
  const level = Number(tag.slice(1)) || 1;
  return STYLE.headings[Math.min(level, STYLE.headings.length - 1)] ?? STYLE.headings[2];
}

function isBlank(children: string, node: SerializedElement): boolean {
  return children === '' || node.children.every((c) => c.type === 'text' && c.text.trim() === '');
}

function listParagraphs(list: SerializedList, depth: number, ctx: RenderContext, out: string[]): void {
  const numId = ctx.lists.open(list);
  const level = Math.min(depth, MAX_LIST_LEVEL);
  for (const item of list.children) {
    const members = item.type === 'listitem' ? item.children : [item];
    const direction = item.type === 'listitem' ? item.direction : null;
    const inline: SerializedNode[] = [];
    const flush = () => {
      const children = inlineChildren(inline, ctx);
      if (children !== '') out.push(paragraph(ctx, { style: STYLE.list, numbering: { numId: numId(), level } }, children, plainText(inline), direction));
      inline.length = 0;
    };
    for (const child of members) {
      if (child.type === 'list') {
        // A nested list: Lexical keeps it in an item of its own, one level deeper.
        flush();
        listParagraphs(child, depth + 1, ctx, out);
      } else if (child.type === 'paragraph' || child.type === 'heading' || child.type === 'quote') inline.push(...child.children);
      else inline.push(child);
    }
    flush();
  }
}

/** Appends the Word paragraphs for a section's (or a footnote's) top-level nodes to `out`. */
export function blockParagraphs(nodes: readonly SerializedNode[], ctx: RenderContext, out: string[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'list':
        listParagraphs(node, 0, ctx, out);
        break;
      case 'heading':
      case 'quote':
      case 'paragraph':
      case 'listitem': {
        const children = inlineChildren(node.children, ctx);
        if (isBlank(children, node)) break;
        const style = node.type === 'heading' ? (ctx.headingStyle ?? headingStyle(node.tag)) : node.type === 'quote' ? STYLE.quote : ctx.paragraphStyle;
        out.push(paragraph(ctx, { style, ...elementOptions(node) }, children, plainText(node.children), node.direction));
        break;
      }
      default: {
        // Inline nodes at the top level (not written by the editor, but possible in imported
        // JSON) get a paragraph of their own rather than being lost.
        const children = inlineChildren([node], ctx);
        if (children !== '') out.push(paragraph(ctx, { style: ctx.paragraphStyle }, children, plainText([node])));
      }
    }
  }
}
