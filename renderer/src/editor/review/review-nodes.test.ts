// @vitest-environment jsdom
// Content under review opens in the section editor, shows its suggestions and comment ranges, is
// edited around them and saves back as valid stored content with the review marks where they were.
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorStateSchema } from '../../../../shared/model/schema';
import { sectionPlainText } from '../../../../shared/model/text';
import { forEachReviewNode } from '../../../../shared/review/content';
import { draftUnderReview } from '../../../../test/fixtures/draft-under-review';
import { toStoredContent } from '../content';
import { $loadContent, createTestEditor } from '../testing';
import { $isCommentRangeNode } from './comment-range-node';
import { $isSuggestionNode } from './suggestion-node';
import { setSuggestionAuthors } from './review-authors';

function loaded() {
  const { editor } = createTestEditor();
  const content = draftUnderReview().sections[0]!.content;
  let complete = false;
  editor.update(() => (complete = $loadContent(content)), { discrete: true });
  return { editor, complete };
}

const ids = (content: ReturnType<typeof toStoredContent>) => {
  const found: string[] = [];
  forEachReviewNode(content, (node) =>
    found.push(node.type === 'suggestion' ? `${node.kind}:${node.suggestionId}` : `comment:${node.commentIds}`),
  );
  return found;
};

describe('suggestions and comment ranges in the editor', () => {
  it('load completely and save back exactly as stored', () => {
    const { editor, complete } = loaded();
    expect(complete).toBe(true);
    const saved = toStoredContent(editor.getEditorState().toJSON());
    expect(editorStateSchema.safeParse(saved).success).toBe(true);
    expect(ids(saved)).toEqual(ids(draftUnderReview().sections[0]!.content));
  });

  it('show an insertion underlined, a deletion struck through and commented words highlighted', () => {
    const { editor } = createTestEditor();
    setSuggestionAuthors(editor, (id) => (id === 's1' ? 'Ilse Varnhold' : undefined));
    editor.update(() => $loadContent(draftUnderReview().sections[0]!.content), { discrete: true });
    const root = editor.getRootElement()!;
    expect(root.querySelector('ins.nd-suggestion-insert')?.textContent).toBe('energy, water and');
    const deletion = root.querySelector('del.nd-suggestion-delete')!;
    expect(deletion.textContent).toBe('water and');
    expect(deletion.className).toMatch(/nd-author-\d/);
    expect(root.querySelector('mark.nd-comment-range')?.textContent).toBe('The CERT coordinates incident response');
  });

  it('keep their marks while the text around and inside them is edited', () => {
    const { editor } = loaded();
    editor.update(
      () => {
        const second = $getRoot().getChildAtIndex(1);
        if (!$isElementNode(second)) throw new Error('no second paragraph');
        const range = second.getFirstChild();
        if (!$isCommentRangeNode(range)) throw new Error('no comment range');
        const first = range.getFirstChild();
        if (!$isTextNode(first)) throw new Error('no text');
        first.setTextContent('The national CERT ');
        second.selectEnd().insertText(' It reports yearly.');
        const suggestion = $getRoot()
          .getFirstChildOrThrow<LexicalNode & { getChildren(): LexicalNode[] }>()
          .getChildren()
          .find($isSuggestionNode);
        expect(suggestion?.getKind()).toBe('delete');
      },
      { discrete: true },
    );
    const saved = toStoredContent(editor.getEditorState().toJSON());
    expect(editorStateSchema.safeParse(saved).success).toBe(true);
    expect(sectionPlainText(saved)).toContain(
      'The national CERT coordinates incident response across ministries. It reports yearly.',
    );
    expect(ids(saved)).toEqual(ids(draftUnderReview().sections[0]!.content));
  });
});
