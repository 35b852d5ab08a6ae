// Every node under an element, in document order, as `$dfsIterator` yields them but without the
// caret objects it builds per step: the footnote registry and the review figures walk a whole
// section when it opens, where that iterator took tens of milliseconds for a long one (bench/).
import { $isElementNode, type ElementNode, type LexicalNode } from 'lexical';

export function $eachNode(under: ElementNode, visit: (node: LexicalNode) => void): void {
  for (let child = under.getFirstChild(); child !== null; child = child.getNextSibling()) {
    visit(child);
    if ($isElementNode(child)) $eachNode(child, visit);
  }
}
