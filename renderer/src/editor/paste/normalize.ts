// Shapes imported nodes to what a section (or a footnote's text) may hold: headings only at the
// two levels inside a section, no alignment, indentation or inline CSS, only the text formats the
// document uses, safe links without target/rel/title. Footnote text is paragraphs only.
import { $isLinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $isElementNode,
  $isParagraphNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { safeUrl } from '../../../../shared/security/links';
import { KEPT_TEXT_FORMATS } from '../../../../shared/model/lexical-json';
import { $neutraliseLink } from '../link/link-safety';

export type PasteTarget = 'section' | 'note';

function $swap(node: ElementNode, next: ElementNode): ElementNode {
  if (node.getParent() !== null) return node.replace(next, true);
  next.append(...node.getChildren());
  return next;
}

/** The block a heading or quote becomes in the target; null keeps it as it is. */
function $blockReplacement(node: ElementNode, target: PasteTarget): ElementNode | null {
  if ($isHeadingNode(node)) {
    if (target === 'note') return $createParagraphNode();
    const tag = node.getTag() === 'h1' || node.getTag() === 'h2' ? 'h2' : 'h3';
    return tag === node.getTag() ? null : $createHeadingNode(tag);
  }
  if ($isQuoteNode(node) && target === 'note') return $createParagraphNode();
  return null;
}

function $normalizeElement(node: ElementNode, target: PasteTarget): LexicalNode[] {
  if ($isLinkNode(node)) {
    const url = safeUrl(node.getURL());
    if (url === null) return $neutraliseLink(node).flatMap((child) => $normalizeNode(child, target));
    node.setURL(url).setTarget(null).setRel(null).setTitle(null);
  }
  const replacement = $blockReplacement(node, target);
  const element = replacement ? $swap(node, replacement) : node;
  if ($isListNode(element) && element.getListType() === 'check') element.setListType('bullet');
  if (!$isListItemNode(element) && !$isListNode(element)) {
    if (element.getFormatType() !== '') element.setFormat('');
    if (element.getIndent() !== 0 && ($isParagraphNode(element) || $isHeadingNode(element) || $isQuoteNode(element))) {
      element.setIndent(0);
    }
  }
  for (const child of element.getChildren()) $normalizeNode(child, target);
  return [element];
}

function $normalizeNode(node: LexicalNode, target: PasteTarget): LexicalNode[] {
  if ($isTextNode(node)) {
    if (node.getStyle() !== '') node.setStyle('');
    const format = node.getFormat() & KEPT_TEXT_FORMATS;
    if (format !== node.getFormat()) node.setFormat(format);
    return [node];
  }
  if ($isElementNode(node)) return $normalizeElement(node, target);
  return [node];
}

/**
 * Normalises freshly imported top-level nodes (not yet attached) and returns the ones to insert.
 * Paragraphs left with nothing at all (they held only an image, say) are dropped.
 */
export function $normalizeImported(nodes: LexicalNode[], target: PasteTarget): LexicalNode[] {
  return nodes
    .flatMap((node) => $normalizeNode(node, target))
    .filter((node) => !($isParagraphNode(node) && node.getChildrenSize() === 0));
}
