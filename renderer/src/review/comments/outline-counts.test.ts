// The outline's figures: open comments (resolved and unknown ones left out) and pending
// suggestions per section; the section being edited counted from what its editor reports.
import { describe, expect, it } from 'vitest';
import { draftUnderReview } from '../../../../test/fixtures/draft-under-review';
import { outlineReviewCounts } from './outline-counts';

const sectionsOf = (draft = draftUnderReview()) =>
  draft.sections.map((section) => ({ id: section.id, content: () => section.content }));

describe('outline review counts', () => {
  it('count open comments and suggestions per section, resolved comments left out', () => {
    const draft = draftUnderReview();
    const counts = outlineReviewCounts(sectionsOf(draft), draft.review, null);
    // norm-g: c1 and c3 (one in a footnote) open, suggestions s1, s2 and s4; norm-h: only c2, resolved.
    expect(counts.get('norm-g')).toEqual({ comments: 2, suggestions: 3 });
    expect(counts.has('norm-h')).toBe(false);
  });

  it('take the open section from its editor, and leave out sections without review', () => {
    const draft = draftUnderReview();
    const live = { sectionId: 'norm-g', comments: new Set(['c1']), suggestions: 2 };
    const counts = outlineReviewCounts(sectionsOf(draft), draft.review, live);
    expect(counts.get('norm-g')).toEqual({ comments: 1, suggestions: 2 });
    const none = outlineReviewCounts(sectionsOf(draft), draft.review, { ...live, comments: new Set(), suggestions: 0 });
    expect(none.has('norm-g')).toBe(false);
  });

  it('do not count marks whose thread is not stored', () => {
    const draft = draftUnderReview();
    const counts = outlineReviewCounts(sectionsOf(draft), { ...draft.review!, comments: [] }, null);
    expect(counts.get('norm-g')).toEqual({ comments: 0, suggestions: 3 });
  });
});
