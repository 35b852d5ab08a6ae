// Comment threads: adding one on words of a section (body or footnote text), replying, resolving,
// reopening and removing. Pure: each returns a new draft, or null when the words or the thread are
// not there (nothing changes).
import type { Draft } from '../model/draft';
import type {
  SerializedCommentRange,
  SerializedEditorState,
  SerializedNode,
  SerializedText,
} from '../model/lexical-json';
import { hasChildren } from '../model/walk';
import { commentIdsOf, rewriteReviewNodes } from './content';
import { emptyReview, type Review, type ReviewComment, type ReviewReply } from './model';

export interface NewComment {
  id: string;
  author: string;
  at: number;
  text: string;
}

const commentRange = (commentIds: string, children: SerializedNode[]): SerializedCommentRange => ({
  type: 'comment-range',
  version: 1,
  commentIds,
  children,
  direction: null,
  format: '',
  indent: 0,
});

/** Wraps the first text node's occurrence of `quote` (body first, then footnotes in order); null when absent. */
function wrapQuote(content: SerializedEditorState, quote: string, id: string): SerializedEditorState | null {
  let done = false;
  const inList = (nodes: SerializedNode[]): SerializedNode[] => {
    const out: SerializedNode[] = [];
    for (const node of nodes) {
      if (done) out.push(node);
      else if (node.type === 'suggestion' && node.children.some((c) => c.type === 'text' && c.text.includes(quote))) {
        // A comment range may hold a suggestion, not the reverse: split the suggestion around the words.
        const index = node.children.findIndex((c) => c.type === 'text' && c.text.includes(quote));
        const [before, wrapped, after] = [[] as SerializedNode[], [] as SerializedNode[], [] as SerializedNode[]];
        const piece = (children: SerializedNode[]) => ({ ...node, children });
        before.push(...node.children.slice(0, index));
        const text = node.children[index] as SerializedText;
        const at = text.text.indexOf(quote);
        if (at > 0) before.push({ ...text, text: text.text.slice(0, at) });
        wrapped.push({ ...text, text: quote });
        if (at + quote.length < text.text.length) after.push({ ...text, text: text.text.slice(at + quote.length) });
        after.push(...node.children.slice(index + 1));
        done = true;
        if (before.length > 0) out.push(piece(before));
        out.push(commentRange(id, [piece(wrapped)]));
        if (after.length > 0) out.push(piece(after));
      } else if (node.type === 'text' && node.text.includes(quote)) {
        done = true;
        const at = node.text.indexOf(quote);
        const piece = (text: string): SerializedText => ({ ...node, text });
        if (at > 0) out.push(piece(node.text.slice(0, at)));
        out.push(commentRange(id, [piece(quote)]));
        if (at + quote.length < node.text.length) out.push(piece(node.text.slice(at + quote.length)));
      } else if (hasChildren(node)) out.push({ ...node, children: inList(node.children) } as SerializedNode);
      else out.push(node);
    }
    return out;
  };
  const inNotes = (nodes: SerializedNode[]): SerializedNode[] =>
    nodes.map((node) => {
      if (done) return node;
      if (node.type === 'footnote') {
        const root = inList([node.note.root])[0] as SerializedEditorState['root'];
        return { ...node, note: { root } };
      }
      return hasChildren(node) ? ({ ...node, children: inNotes(node.children) } as SerializedNode) : node;
    });
  if (quote === '') return null;
  const body = inList([content.root])[0] as SerializedEditorState['root'];
  if (done) return { root: body };
  const notes = inNotes([content.root])[0] as SerializedEditorState['root'];
  return done ? { root: notes } : null;
}

/** A new thread on the first occurrence of `quote` in the section; null when the words are not in it. */
export function addComment(draft: Draft, sectionId: string, quote: string, comment: NewComment): Draft | null {
  const index = draft.sections.findIndex((section) => section.id === sectionId);
  const section = draft.sections[index];
  if (!section) return null;
  const content = wrapQuote(section.content, quote, comment.id);
  if (!content) return null;
  const sections = draft.sections.with(index, { ...section, content });
  const review = draft.review ?? emptyReview();
  const thread: ReviewComment = { ...comment, replies: [], resolved: null };
  return { ...draft, sections, review: { ...review, comments: [...review.comments, thread] } };
}

/** One thread of the review block changed; null when it is not there. */
export function updateReviewThread(
  review: Review,
  commentId: string,
  update: (thread: ReviewComment) => ReviewComment,
): Review | null {
  const index = review.comments.findIndex((thread) => thread.id === commentId);
  if (index < 0) return null;
  return { ...review, comments: review.comments.with(index, update(review.comments[index]!)) };
}

function updateThread(draft: Draft, commentId: string, update: (thread: ReviewComment) => ReviewComment): Draft | null {
  const review = draft.review && updateReviewThread(draft.review, commentId, update);
  return review ? { ...draft, review } : null;
}

export const withReply = (reply: ReviewReply) => (thread: ReviewComment) => ({
  ...thread,
  replies: [...thread.replies, reply],
});
export const resolvedBy = (by: string, at: number) => (thread: ReviewComment) => ({ ...thread, resolved: { by, at } });
export const reopened = (thread: ReviewComment) => ({ ...thread, resolved: null });

export const replyToComment = (draft: Draft, commentId: string, reply: ReviewReply): Draft | null =>
  updateThread(draft, commentId, withReply(reply));

export const resolveComment = (draft: Draft, commentId: string, by: string, at: number): Draft | null =>
  updateThread(draft, commentId, resolvedBy(by, at));

export const reopenComment = (draft: Draft, commentId: string): Draft | null =>
  updateThread(draft, commentId, reopened);

/** Removes a thread and its marks on the text (the words stay). */
export function removeComment(draft: Draft, commentId: string): Draft | null {
  if (!draft.review?.comments.some((thread) => thread.id === commentId)) return null;
  const sections = draft.sections.map((section) => {
    const content = rewriteReviewNodes(section.content, (node) => {
      if (node.type !== 'comment-range') return 'keep';
      const ids = commentIdsOf(node);
      if (!ids.includes(commentId)) return 'keep';
      return ids.length === 1 ? 'unwrap' : 'keep';
    });
    return content === section.content ? section : { ...section, content };
  });
  // A range shared with other threads keeps its node and loses only this id.
  const cleaned = sections.map((section) => {
    const content = renameRanges(section.content, commentId);
    return content === section.content ? section : { ...section, content };
  });
  const comments = draft.review.comments.filter((thread) => thread.id !== commentId);
  return { ...draft, sections: cleaned, review: { ...draft.review, comments } };
}

function renameRanges(content: SerializedEditorState, commentId: string): SerializedEditorState {
  const walk = (node: SerializedNode): SerializedNode => {
    let copy = node;
    if (copy.type === 'footnote') {
      const root = walk(copy.note.root) as SerializedEditorState['root'];
      if (root !== copy.note.root) copy = { ...copy, note: { root } };
    }
    if (hasChildren(copy)) {
      const children = copy.children.map(walk);
      if (children.some((child, i) => child !== (copy as { children: SerializedNode[] }).children[i]))
        copy = { ...copy, children } as SerializedNode;
    }
    if (copy.type === 'comment-range' && commentIdsOf(copy).includes(commentId))
      copy = {
        ...copy,
        commentIds: commentIdsOf(copy)
          .filter((id) => id !== commentId)
          .join(' '),
      };
    return copy;
  };
  const root = walk(content.root) as SerializedEditorState['root'];
  return root === content.root ? content : { root };
}
