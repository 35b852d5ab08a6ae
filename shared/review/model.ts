// The review of a draft: comments on words of the text and suggested insertions and deletions,
// each with its author (a name) and date. The words are marked in the sections' content by inline
// `comment-range` and `suggestion` nodes (shared/model/nodes/descriptors.ts), so they move with
// the text while it is edited; who and when live here, on the draft, under the same ids. Nothing
// here says how a review arrived (typed in the editor, a Word file, another copy).

/** A reply in a comment's thread. */
export interface ReviewReply {
  id: string;
  author: string;
  /** Epoch milliseconds. */
  at: number;
  text: string;
}

/** A comment thread, anchored on the words wrapped by comment-range nodes naming its id. */
export interface ReviewComment {
  id: string;
  author: string;
  at: number;
  text: string;
  replies: ReviewReply[];
  /** Who resolved the thread and when; null while it is open (reopening sets it back). */
  resolved: { by: string; at: number } | null;
  /** The section it was written on, so it stays listed there ("words removed") if its words go. */
  sectionId?: string;
}

/** Who suggested a change and when; the change itself is the suggestion nodes with this id. */
export interface ReviewSuggestion {
  id: string;
  author: string;
  at: number;
}

export interface Review {
  comments: ReviewComment[];
  suggestions: ReviewSuggestion[];
  /** "Suggest changes" was left on: it is on again when the draft opens, as Word keeps Track Changes in the file. */
  suggesting?: boolean;
}

export const emptyReview = (): Review => ({ comments: [], suggestions: [] });
