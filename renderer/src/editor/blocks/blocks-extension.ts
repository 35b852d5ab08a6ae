// Heading, sub-heading and block quote for the selected paragraphs; pressing the button of the
// current kind turns them back into normal paragraphs. Sections have their own title, so the
// body offers two levels (h2, h3).
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootNode,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  defineExtension,
  type ElementNode,
} from 'lexical';

export type BlockKind = 'paragraph' | 'h2' | 'h3' | 'quote';

export const TOGGLE_BLOCK_COMMAND = createCommand<Exclude<BlockKind, 'paragraph'>>('TOGGLE_BLOCK_COMMAND');

export function blockKindOf(block: ElementNode | null): BlockKind | null {
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h2';
  if ($isQuoteNode(block)) return 'quote';
  return block === null ? null : 'paragraph';
}

/** The top-level block holding the caret. */
export function $anchorBlock(): ElementNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  return $isRootNode(node) ? null : node.getTopLevelElement();
}

export function $toggleBlock(kind: Exclude<BlockKind, 'paragraph'>): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const current = blockKindOf($anchorBlock());
  if (current === kind) $setBlocksType(selection, () => $createParagraphNode());
  else if (kind === 'quote') $setBlocksType(selection, () => $createQuoteNode());
  else $setBlocksType(selection, () => $createHeadingNode(kind));
}

export const BlocksExtension = defineExtension({
  name: 'norms-drafter/blocks',
  register: (editor) =>
    editor.registerCommand(
      TOGGLE_BLOCK_COMMAND,
      (kind) => {
        $toggleBlock(kind);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
});
