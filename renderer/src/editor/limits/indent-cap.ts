// Whether indenting the selection would go past what stored content allows: list items past
// MAX_LIST_INDENT (derived from the schema's depth limit), other blocks past their indent limit.
import { $isListItemNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isElementNode, $isRangeSelection, type LexicalNode } from 'lexical';
import { EDITOR_LIMITS, MAX_LIST_INDENT } from '../../../../shared/model/editor-nodes';

function atCap(node: LexicalNode): boolean {
  const item = $findMatchingParent(node, $isListItemNode);
  if (item) return item.getIndent() >= MAX_LIST_INDENT;
  const block = $findMatchingParent(
    node,
    (parent) => $isElementNode(parent) && !parent.isInline() && parent.canIndent(),
  );
  return $isElementNode(block) && block.getIndent() >= EDITOR_LIMITS.maxIndent;
}

export function $selectionAtIndentCap(): boolean {
  const selection = $getSelection();
  return $isRangeSelection(selection) && selection.getNodes().some(atCap);
}
