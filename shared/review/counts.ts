// How much review each section holds: pending suggestions and comment threads anchored in its
// text (footnotes included), each counted once however many nodes its words span.
import type { Draft } from '../model/draft';
import type { SerializedEditorState } from '../model/lexical-json';
import { commentIdsOf, forEachReviewNode } from './content';
import { forEachParagraphMark } from './paragraph-marks';

export interface SectionReviewCounts {
  suggestions: number;
  comments: number;
}

/** The ids of the suggestions and comments a section's content holds. */
export function contentReviewIds(content: SerializedEditorState): { suggestions: Set<string>; comments: Set<string> } {
  const suggestions = new Set<string>();
  const comments = new Set<string>();
  forEachReviewNode(content, (node) => {
    if (node.type === 'suggestion') suggestions.add(node.suggestionId);
    else for (const id of commentIdsOf(node)) comments.add(id);
  });
  forEachParagraphMark(content, (_kind, id) => suggestions.add(id));
  return { suggestions, comments };
}

export function reviewCounts(draft: Draft): Map<string, SectionReviewCounts> {
  const counts = new Map<string, SectionReviewCounts>();
  for (const section of draft.sections) {
    const { suggestions, comments } = contentReviewIds(section.content);
    counts.set(section.id, { suggestions: suggestions.size, comments: comments.size });
  }
  return counts;
}
