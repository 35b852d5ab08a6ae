// The outline's review figures per section: open comments (resolved ones left out) and pending
// suggestions. The section being edited reports its own from the editor (the comments pane);
// the others are read from their content, once per content object.
import { useMemo } from 'react';
import type { SerializedEditorState } from '../../../../shared/model/lexical-json';
import { contentReviewIds, type SectionReviewCounts } from '../../../../shared/review/counts';
import type { Review } from '../../../../shared/review/model';

export interface SectionIds {
  comments: ReadonlySet<string>;
  suggestions: number;
}

/** What the comments pane reports for the section on screen. */
export interface LiveSectionReview extends SectionIds {
  sectionId: string;
}

const cache = new WeakMap<SerializedEditorState, SectionIds>();

function idsOf(content: SerializedEditorState): SectionIds {
  let ids = cache.get(content);
  if (!ids) {
    const found = contentReviewIds(content);
    ids = { comments: found.comments, suggestions: found.suggestions.size };
    cache.set(content, ids);
  }
  return ids;
}

/** Comments on these words whose thread is stored and open. */
export function openCommentCount(ids: ReadonlySet<string>, review: Review | undefined): number {
  const open = new Set(review?.comments.filter((thread) => !thread.resolved).map((thread) => thread.id));
  let count = 0;
  for (const id of ids) if (open.has(id)) count++;
  return count;
}

export function outlineReviewCounts(
  sections: readonly { id: string; content(): SerializedEditorState }[],
  review: Review | undefined,
  live: LiveSectionReview | null,
): Map<string, SectionReviewCounts> {
  const counts = new Map<string, SectionReviewCounts>();
  for (const section of sections) {
    const ids = live?.sectionId === section.id ? live : idsOf(section.content());
    const comments = openCommentCount(ids.comments, review);
    if (comments > 0 || ids.suggestions > 0) counts.set(section.id, { comments, suggestions: ids.suggestions });
  }
  return counts;
}

export function useOutlineReviewCounts(
  sections: readonly { id: string; content(): SerializedEditorState }[] | undefined,
  review: Review | undefined,
  live: LiveSectionReview | null,
): ReadonlyMap<string, SectionReviewCounts> {
  return useMemo(() => outlineReviewCounts(sections ?? [], review, live), [sections, review, live]);
}
