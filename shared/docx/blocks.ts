// Block Lexical nodes -> Word paragraphs (as WordprocessingML, see wml.ts): paragraphs,
// headings (under the document's own levels), block quotes and lists with real numbering.
// Empty paragraphs are left out: spacing comes from the styles.
import type { SerializedElement, SerializedList, SerializedNode } from '../model/lexical-json';
import type { RenderContext } from './context';
import { inlineText } from '../model/text';
import { isBlankBlock, walkBlocks } from './block-walk';
import { inlineChildren } from './inline';
import { contentHeadingStyle, STYLE } from './style-names';
import { paragraphIsRightToLeft } from './text';
import { changeAttributesXml, paragraphXml, type Alignment, type ParagraphProperties } from './wml';
import { paragraphMarkOf } from '../review/paragraph-marks';

const INDENT_STEP = 720;

const ALIGNMENTS: Partial<Record<SerializedElement['format'], Alignment>> = {
  center: 'center',
  justify: 'both',
  left: 'left',
  right: 'right',
  end: 'end',
};

/** A paragraph, right-to-left (w:bidi) as `paragraphIsRightToLeft` decides from its text. */
export function paragraph(
  ctx: RenderContext,
  options: ParagraphProperties,
  children: string,
  text: string,
  direction: SerializedElement['direction'] = null,
): string {
  return paragraphXml(
    { ...options, bidirectional: paragraphIsRightToLeft(ctx.profile.rtl, text, direction) },
    children,
  );
}

function elementOptions(node: SerializedElement): ParagraphProperties {
  const indentLeft =
    Number.isInteger(node.indent) && node.indent > 0 ? INDENT_STEP * Math.min(node.indent, 10) : undefined;
  return { alignment: ALIGNMENTS[node.format], indentLeft };
}

/** A suggested paragraph mark as Word tracks it (w:pPr/w:rPr/w:ins or w:del), only when writing for review. */
function markChanges(node: SerializedNode | undefined, ctx: RenderContext): string | undefined {
  if (!ctx.review || !node) return undefined;
  let changes = '';
  const insert = paragraphMarkOf(node, 'insert');
  if (insert) changes += `<w:ins ${changeAttributesXml(ctx.review.change(insert))}/>`;
  const remove = paragraphMarkOf(node, 'delete');
  if (remove) changes += `<w:del ${changeAttributesXml(ctx.review.change(remove))}/>`;
  return changes || undefined;
}

function isBlank(children: string, node: SerializedElement): boolean {
  return children === '' || isBlankBlock(node);
}

/** Appends the Word paragraphs for a section's (or a footnote's) top-level nodes to `out`. */
export function blockParagraphs(nodes: readonly SerializedNode[], ctx: RenderContext, out: string[]): void {
  const numIds = new Map<SerializedList, () => number>();
  walkBlocks(nodes, (step) => {
    switch (step.type) {
      case 'list':
        numIds.set(step.list, ctx.lists.open(step.list));
        break;
      case 'list-item': {
        const children = inlineChildren(step.inline, ctx);
        const numId = numIds.get(step.list);
        if (children !== '' && numId)
          out.push(
            paragraph(
              ctx,
              {
                style: STYLE.list,
                numbering: { numId: numId(), level: step.level },
                markChanges: markChanges(step.item, ctx),
              },
              children,
              inlineText(step.inline, undefined, ctx.fields),
              step.direction,
            ),
          );
        break;
      }
      case 'block': {
        const { node } = step;
        const children = inlineChildren(node.children, ctx);
        if (isBlank(children, node)) break;
        const style =
          node.type === 'heading'
            ? (ctx.headingStyle ?? contentHeadingStyle(node.tag))
            : node.type === 'quote'
              ? STYLE.quote
              : ctx.paragraphStyle;
        out.push(
          paragraph(
            ctx,
            { style, ...elementOptions(node), markChanges: markChanges(node, ctx) },
            children,
            inlineText(node.children, undefined, ctx.fields),
            node.direction,
          ),
        );
        break;
      }
      case 'loose': {
        // Inline nodes at the top level get a paragraph of their own rather than being lost.
        const children = inlineChildren([step.node], ctx);
        if (children !== '')
          out.push(
            paragraph(ctx, { style: ctx.paragraphStyle }, children, inlineText([step.node], undefined, ctx.fields)),
          );
      }
    }
  });
}
