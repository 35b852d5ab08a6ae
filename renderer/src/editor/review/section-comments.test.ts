// @vitest-environment jsdom
// The comments pane reads a section's comments from the editor (body and footnotes, opened or
// not), follows their changes and takes a thread's marks off everywhere in one change.
import { $getRoot, type ElementNode, type TextNode } from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import { sectionPlainText } from '../../../../shared/model/text';
import { contentReviewIds } from '../../../../shared/review/counts';
import { commented, draftUnderReview, draftWithSuggestedBreaks } from '../../../../test/fixtures/draft-under-review';
import { doc, note, para } from '../../../../test/fixtures/content';
import { toStoredContent } from '../content';
import { $loadContent, createTestEditor } from '../testing';
import { $decideSuggestion } from './decide';
import { readSectionReview, removeSectionComment, watchSectionReview } from './section-comments';

function loaded(content = draftUnderReview().sections[0]!.content) {
  const { editor, registry } = createTestEditor();
  editor.update(() => $loadContent(content), { discrete: true });
  return { editor, registry };
}

describe("a section's comments in the editor", () => {
  it('are listed body first, then footnotes, with their words and suggestions counted', () => {
    const { editor, registry } = loaded();
    expect(readSectionReview(editor, registry)).toEqual({
      comments: [
        { id: 'c1', quote: 'The CERT coordinates incident response', note: null },
        { id: 'c3', quote: 'national register', note: registry.getEntries()[0]!.key },
      ],
      suggestions: 3,
    });
  });

  it('lose a thread everywhere on delete, shared ranges keeping their other comment, the words staying', () => {
    const content = doc(
      para(commented('c1 c2', 'shared words'), ' and ', commented('c1', 'more')),
      para('Claim.', note('See ', commented('c1', 'the register'), '.')),
    );
    const { editor, registry } = loaded(content);
    // The footnote was never opened: its editor is built for the change and the section saved with it.
    removeSectionComment(editor, 'c1');
    const saved = toStoredContent(editor.getEditorState().toJSON());
    expect([...contentReviewIds(saved).comments]).toEqual(['c2']);
    expect(sectionPlainText(saved)).toBe(sectionPlainText(content));
    expect(readSectionReview(editor, registry).comments.map((comment) => comment.id)).toEqual(['c2']);
  });

  it("tell the pane when a comment's words change, not on typing elsewhere", () => {
    const { editor, registry } = loaded(doc(para('Plain words. ', commented('c1', 'commented'))));
    const changed = vi.fn();
    const stop = watchSectionReview(editor, registry, changed);
    const paragraph = () => $getRoot().getFirstChildOrThrow<ElementNode>();
    editor.update(() => paragraph().getFirstChildOrThrow<TextNode>().setTextContent('Plain words typed. '), {
      discrete: true,
    });
    expect(changed).not.toHaveBeenCalled();
    editor.update(
      () => paragraph().getLastChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>().setTextContent('edited'),
      { discrete: true },
    );
    expect(changed).toHaveBeenCalledTimes(1);
    removeSectionComment(editor, 'c1');
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
  });

  it('count suggested paragraph breaks, and tell when one is decided', () => {
    const { editor, registry } = loaded(draftWithSuggestedBreaks().sections[1]!.content);
    expect(readSectionReview(editor, registry).suggestions).toBe(2);
    const changed = vi.fn();
    const stop = watchSectionReview(editor, registry, changed);
    editor.update(() => void $decideSuggestion('s6', false), { discrete: true });
    expect(changed).toHaveBeenCalledTimes(1);
    expect(readSectionReview(editor, registry).suggestions).toBe(1);
    stop();
  });
});
