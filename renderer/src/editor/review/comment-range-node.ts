// The words one or more comments are on, stored exactly as SerializedCommentRange
// ({ type: 'comment-range', commentIds: "id1 id2", children }); shown highlighted. The threads
// themselves live in the draft's review block (shared/review/model.ts).
import {
  $applyNodeReplacement,
  $getDocument,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { InlineWrapperNode } from './inline-wrapper-node';
import './review.css';

export type SerializedCommentRangeNode = Spread<{ commentIds: string }, SerializedElementNode>;

export class CommentRangeNode extends InlineWrapperNode {
  __commentIds = '';

  override $config() {
    return this.config('comment-range', { extends: InlineWrapperNode });
  }

  static override clone(node: CommentRangeNode): CommentRangeNode {
    const copy = new CommentRangeNode(node.__key);
    copy.__commentIds = node.__commentIds;
    return copy;
  }

  static override importJSON(json: SerializedCommentRangeNode): CommentRangeNode {
    return $applyNodeReplacement(new CommentRangeNode()).updateFromJSON(json);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedCommentRangeNode>): this {
    const node = super.updateFromJSON(json).getWritable();
    node.__commentIds = json.commentIds;
    return node;
  }

  override exportJSON(): SerializedCommentRangeNode {
    return { ...super.exportJSON(), commentIds: this.getLatest().__commentIds };
  }

  getCommentIds(): string[] {
    return this.getLatest()
      .__commentIds.split(' ')
      .filter((id) => id !== '');
  }

  /** Names the comments on these words (an empty list leaves the node for its caller to unwrap). */
  setCommentIds(commentIds: readonly string[]): this {
    const node = this.getWritable();
    node.__commentIds = commentIds.join(' ');
    return node;
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('mark');
    element.className = 'nd-comment-range';
    element.dataset.comments = this.__commentIds;
    return element;
  }

  override updateDOM(previous: CommentRangeNode, element: HTMLElement): boolean {
    if (previous.__commentIds !== this.__commentIds) element.dataset.comments = this.__commentIds;
    return false;
  }
}

export function $createCommentRangeNode(commentIds: readonly string[]): CommentRangeNode {
  const node = $applyNodeReplacement(new CommentRangeNode());
  node.__commentIds = commentIds.join(' ');
  return node;
}

export const $isCommentRangeNode = (node: unknown): node is CommentRangeNode => node instanceof CommentRangeNode;
