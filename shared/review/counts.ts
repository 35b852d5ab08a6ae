// How much review each section holds: pending suggestions and comment threads anchored in its
// text (footnotes included), each counted once however many nodes its words span.
import type { Draft } from '../model/draft';
import { commentIdsOf, forEachReviewNode } from './content';

export interface SectionReviewCounts {
  suggestions: number;
  comments: number;
}

export function reviewCounts(draft: Draft): Map<string, SectionReviewCounts> {
  const counts = new Map<string, SectionReviewCounts>();
  for (const section of draft.sections) {
    const suggestions = new Set<string>();
    const comments = new Set<string>();
    forEachReviewNode(section.content, (node) => {
      if (node.type === 'suggestion') suggestions.add(node.suggestionId);
      else for (const id of commentIdsOf(node)) comments.add(id);
    });
    counts.set(section.id, { suggestions: suggestions.size, comments: comments.size });
  }
  return counts;
}
