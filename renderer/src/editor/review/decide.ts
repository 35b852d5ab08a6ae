// Accepting or rejecting one suggestion in an open editor, as an ordinary (undoable) edit:
// accepting an insertion keeps its words, accepting a deletion removes them (a deleted footnote
// reference takes its footnote with it); rejecting does the opposite. Its record stays, so an
// undo brings back a suggestion that still has its author and date.
import { $dfs } from '@lexical/utils';
import { $isSuggestionNode, type SuggestionNode } from './suggestion-node';

export function $decideSuggestion(suggestionId: string, accept: boolean): boolean {
  const nodes: SuggestionNode[] = [];
  for (const { node } of $dfs())
    if ($isSuggestionNode(node) && node.getSuggestionId() === suggestionId) nodes.push(node);
  for (const node of nodes) {
    if ((node.getKind() === 'insert') === accept) {
      for (const child of node.getChildren()) node.insertBefore(child);
    }
    node.remove();
  }
  return nodes.length > 0;
}
