// Accepting and rejecting suggested changes: one, a section's, or all. Accepting an insertion
// keeps its words, accepting a deletion removes them; rejecting does the opposite. A decided
// suggestion leaves the text and the review block. Pure: returns a new draft.
import type { Draft } from '../model/draft';
import { rewriteReviewNodes, forEachReviewNode } from './content';

/** Which suggestions a decision applies to. */
export type SuggestionScope = { suggestionId: string } | { sectionId: string } | 'all';

function decide(draft: Draft, accept: boolean, scope: SuggestionScope): Draft {
  const sections = draft.sections.map((section) => {
    if (typeof scope === 'object' && 'sectionId' in scope && scope.sectionId !== section.id) return section;
    const content = rewriteReviewNodes(section.content, (node) => {
      if (node.type !== 'suggestion') return 'keep';
      if (typeof scope === 'object' && 'suggestionId' in scope && scope.suggestionId !== node.suggestionId)
        return 'keep';
      return (node.kind === 'insert') === accept ? 'unwrap' : 'drop';
    });
    return content === section.content ? section : { ...section, content };
  });
  if (sections.every((section, i) => section === draft.sections[i])) return draft;
  const next: Draft = { ...draft, sections };
  if (draft.review) {
    const left = new Set<string>();
    for (const section of sections)
      forEachReviewNode(section.content, (node) => {
        if (node.type === 'suggestion') left.add(node.suggestionId);
      });
    next.review = { ...draft.review, suggestions: draft.review.suggestions.filter((s) => left.has(s.id)) };
  }
  return next;
}

export const acceptSuggestions = (draft: Draft, scope: SuggestionScope): Draft => decide(draft, true, scope);
export const rejectSuggestions = (draft: Draft, scope: SuggestionScope): Draft => decide(draft, false, scope);
