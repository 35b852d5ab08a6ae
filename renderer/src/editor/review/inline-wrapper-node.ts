// What a comment's range and a suggestion share: an inline element around words. Typing at
// either edge goes outside it, as with Lexical's marks, and it never stays empty.
import { ElementNode } from 'lexical';

export class InlineWrapperNode extends ElementNode {
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  override canBeEmpty(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }
}
