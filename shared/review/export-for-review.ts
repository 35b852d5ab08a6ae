// The Word file sent out for review: the draft's comments as Word comments anchored on their
// words (replies as further comments on the same words) and its suggestions as tracked changes
// (w:ins, w:del with w:author and w:date), so Word and LibreOffice show them as their own. The
// normal export (publicDraft) never holds any of it; this is the only other way out.
import type { ReviewMarkup } from '../docx/context';
import type { WordComment } from '../docx/comments';
import { exportDocx } from '../docx/export-docx';
import type { DocxExportEnv, DocxExportOptions } from '../docx/options';
import type { Draft } from '../model/draft';
import type { Review } from './model';
import { reviewDraft } from './review-draft';

/** A comment's paragraph id, as Word writes them: 8 hex digits below 80000000, unique in the file. */
const paraId = (index: number) => (0x10000000 + index).toString(16).toUpperCase();

/** Word's dates: ISO 8601 to the second, in UTC. */
const wordDate = (at: number) => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Numbers every thread and reply as Word comments, then every tracked change after them. */
export function reviewMarkup(
  review: Review,
): ReviewMarkup & { comments(commentId: string): number[]; all(): WordComment[] } {
  const comments: WordComment[] = [];
  const byThread = new Map<string, number[]>();
  for (const thread of review.comments) {
    const ids: number[] = [];
    const parentParaId = paraId(comments.length);
    for (const entry of [thread, ...thread.replies]) {
      ids.push(comments.length);
      comments.push({
        id: comments.length,
        author: entry.author,
        date: wordDate(entry.at),
        text: entry.text,
        // Word shows the replies under their thread, and a resolved thread as done.
        paraId: paraId(comments.length),
        ...(entry === thread ? {} : { parentParaId }),
        done: thread.resolved !== null,
      });
    }
    byThread.set(thread.id, ids);
  }
  const suggestions = new Map(review.suggestions.map((suggestion) => [suggestion.id, suggestion]));
  const anchored = new Set<number>();
  let next = comments.length;
  return {
    change(suggestionId) {
      const suggestion = suggestions.get(suggestionId);
      // A suggestion without its record (the block lost it) still shows as a change, by nobody known.
      return { id: next++, author: suggestion?.author ?? '', date: wordDate(suggestion?.at ?? 0) };
    },
    comments(commentId) {
      const ids = byThread.get(commentId) ?? [];
      for (const id of ids) anchored.add(id);
      return ids;
    },
    /** The comments whose words were written: a thread whose words are gone is left out. */
    all: () => comments.filter((comment) => anchored.has(comment.id)),
  };
}

/** The .docx for review of a draft (its own input: the whole draft, not the public projection). */
export async function exportForReview(
  draft: Draft,
  options: DocxExportOptions,
  env: DocxExportEnv,
): Promise<Uint8Array> {
  const shown = reviewDraft(draft);
  return exportDocx(shown, options, env, { review: reviewMarkup(shown.review) });
}
