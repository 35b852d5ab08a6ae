// Accepting or rejecting one suggestion in an open editor, as an ordinary (undoable) edit:
// accepting an insertion keeps its words, accepting a deletion removes them (a deleted footnote
// reference takes its footnote with it); rejecting does the opposite. A suggested paragraph break
// is kept or joined the same way (break-marks.ts). Its record stays, so an undo brings back a
// suggestion that still has its author and date.
import { $getRoot, type ElementNode } from 'lexical';
import { $eachNode } from '../each-node';
import { $breakMark, $decideBreaks, $isTextBlock } from './break-marks';
import { $isSuggestionNode, type SuggestionNode } from './suggestion-node';

export function $decideSuggestion(suggestionId: string, accept: boolean): boolean {
  const nodes: SuggestionNode[] = [];
  const blocks: ElementNode[] = [];
  $eachNode($getRoot(), (node) => {
    if ($isSuggestionNode(node) && node.getSuggestionId() === suggestionId) nodes.push(node);
    else if (
      $isTextBlock(node) &&
      ($breakMark(node, 'insert') === suggestionId || $breakMark(node, 'delete') === suggestionId)
    )
      blocks.push(node);
  });
  for (const node of nodes) {
    if ((node.getKind() === 'insert') === accept) {
      for (const child of node.getChildren()) node.insertBefore(child);
    }
    node.remove();
  }
  $decideBreaks(blocks, suggestionId, accept);
  return nodes.length + blocks.length > 0;
}
