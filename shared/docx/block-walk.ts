// The paragraphs of a section's (or a footnote's) top-level nodes, in document order, as the
// export writes them: blocks, each list item's text as one paragraph at its nesting level, and
// inline nodes at the top level in a paragraph of their own. blocks.ts turns them into Word
// paragraphs; the print layout into its page blocks.
import type {
  SerializedElement,
  SerializedHeading,
  SerializedList,
  SerializedListItem,
  SerializedNode,
  SerializedParagraph,
  SerializedQuote,
} from '../model/lexical-json';
import { MAX_LIST_LEVEL } from './list-labels';

export type WalkStep =
  /** A list starts (before its items): it numbers from here. */
  | { type: 'list'; list: SerializedList }
  | {
      type: 'list-item';
      list: SerializedList;
      level: number;
      inline: readonly SerializedNode[];
      direction: SerializedElement['direction'];
      /** The list item whose paragraph mark ends these words (its last run of them). */
      item?: SerializedNode;
    }
  /** A paragraph, heading, quote or stray list item at the top level. */
  | { type: 'block'; node: SerializedParagraph | SerializedHeading | SerializedQuote | SerializedListItem }
  /** An inline node at the top level (not written by the editor, but possible in imported JSON). */
  | { type: 'loose'; node: SerializedNode };

/** A block whose children are only blank text is left out: spacing comes from the styles. */
export function isBlankBlock(node: SerializedElement): boolean {
  return node.children.every((c) => c.type === 'text' && c.text.trim() === '');
}

function walkList(list: SerializedList, depth: number, visit: (step: WalkStep) => void): void {
  visit({ type: 'list', list });
  const level = Math.min(depth, MAX_LIST_LEVEL);
  for (const item of list.children) {
    const members = item.type === 'listitem' ? item.children : [item];
    const direction = item.type === 'listitem' ? item.direction : null;
    let inline: SerializedNode[] = [];
    const flush = (last = false) => {
      if (inline.length > 0) visit({ type: 'list-item', list, level, inline, direction, ...(last ? { item } : {}) });
      inline = [];
    };
    for (const child of members) {
      if (child.type === 'list') {
        // A nested list: Lexical keeps it in an item of its own, one level deeper.
        flush();
        walkList(child, depth + 1, visit);
      } else if (child.type === 'paragraph' || child.type === 'heading' || child.type === 'quote')
        inline.push(...child.children);
      else inline.push(child);
    }
    flush(true);
  }
}

export function walkBlocks(nodes: readonly SerializedNode[], visit: (step: WalkStep) => void): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'list':
        walkList(node, 0, visit);
        break;
      case 'heading':
      case 'quote':
      case 'paragraph':
      case 'listitem':
        visit({ type: 'block', node });
        break;
      default:
        visit({ type: 'loose', node });
    }
  }
}
