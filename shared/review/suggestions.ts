// Accepting and rejecting suggested changes: one, a section's, or all. Accepting an insertion
// keeps its words, accepting a deletion removes them; rejecting does the opposite (a suggested
// paragraph break is kept or joined the same way, paragraph-marks.ts). A decided suggestion
// leaves the text and the review block. Pure: returns a new draft.
import type { Draft } from '../model/draft';
import { rewriteReviewNodes, forEachReviewNode } from './content';
import { forEachParagraphMark, rewriteParagraphMarks } from './paragraph-marks';

/** Which suggestions a decision applies to. */
export type SuggestionScope = { suggestionId: string } | { sectionId: string } | 'all';

function decide(draft: Draft, accept: boolean, scope: SuggestionScope): Draft {
  const sections = draft.sections.map((section) => {
    if (typeof scope === 'object' && 'sectionId' in scope && scope.sectionId !== section.id) return section;
    const inScope = (id: string) =>
      !(typeof scope === 'object' && 'suggestionId' in scope && scope.suggestionId !== id);
    const words = rewriteReviewNodes(section.content, (node) => {
      if (node.type !== 'suggestion' || !inScope(node.suggestionId)) return 'keep';
      return (node.kind === 'insert') === accept ? 'unwrap' : 'drop';
    });
    const content = rewriteParagraphMarks(words, (kind, id) => {
      if (!inScope(id)) return 'keep';
      return (kind === 'insert') === accept ? 'clear' : 'join';
    });
    return content === section.content ? section : { ...section, content };
  });
  if (sections.every((section, i) => section === draft.sections[i])) return draft;
  const next: Draft = { ...draft, sections };
  if (draft.review) {
    const left = new Set<string>();
    for (const section of sections) {
      forEachReviewNode(section.content, (node) => {
        if (node.type === 'suggestion') left.add(node.suggestionId);
      });
      forEachParagraphMark(section.content, (_kind, id) => left.add(id));
    }
    next.review = { ...draft.review, suggestions: draft.review.suggestions.filter((s) => left.has(s.id)) };
  }
  return next;
}

export const acceptSuggestions = (draft: Draft, scope: SuggestionScope): Draft => decide(draft, true, scope);
export const rejectSuggestions = (draft: Draft, scope: SuggestionScope): Draft => decide(draft, false, scope);
