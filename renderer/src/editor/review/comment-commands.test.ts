// @vitest-environment jsdom
// Adding, overlapping and removing comments on words in the editor, body and footnote text, as
// the comments pane does: the stored content keeps the words and carries valid comment ranges.
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type TextNode,
  UNDO_COMMAND,
} from 'lexical';
import { $dfsIterator } from '@lexical/utils';
import { describe, expect, it } from 'vitest';
import type { SerializedEditorState } from '../../../../shared/model/lexical-json';
import { editorStateSchema } from '../../../../shared/model/schema';
import { sectionPlainText } from '../../../../shared/model/text';
import { commentIdsOf, forEachReviewNode } from '../../../../shared/review/content';
import { doc, note, para } from '../../../../test/fixtures/content';
import { inserted } from '../../../../test/fixtures/draft-under-review';
import { toStoredContent } from '../content';
import { $isFootnoteNode } from '../footnote/FootnoteNode';
import { $loadContent, createTestEditor } from '../testing';
import {
  $anchoredComments,
  $commentsAtSelection,
  $removeCommentMarks,
  $selectComment,
  $wrapSelectionInComment,
} from './comment-commands';

function load(content: SerializedEditorState) {
  const { editor } = createTestEditor();
  editor.update(() => $loadContent(content), { discrete: true });
  return editor;
}

/** Selects the first occurrence of `words` in the editor's text (it may span several text nodes). */
function $selectWords(words: string): void {
  const texts: { node: TextNode; from: number }[] = [];
  let all = '';
  for (const { node } of $dfsIterator($getRoot()))
    if ($isTextNode(node)) {
      texts.push({ node, from: all.length });
      all += node.getTextContent();
    }
  const start = all.indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  const end = start + words.length;
  const at = (offset: number, isEnd: boolean) =>
    texts.find(({ node, from }) =>
      isEnd
        ? offset > from && offset <= from + node.getTextContentSize()
        : offset >= from && offset < from + node.getTextContentSize(),
    )!;
  const first = at(start, false);
  const last = at(end, true);
  const selection = $createRangeSelection();
  selection.anchor.set(first.node.getKey(), start - first.from, 'text');
  selection.focus.set(last.node.getKey(), end - last.from, 'text');
  $setSelection(selection);
}

function comment(editor: LexicalEditor, words: string, id: string): boolean {
  let done = false;
  editor.update(
    () => {
      $selectWords(words);
      const selection = $getSelection();
      done = $isRangeSelection(selection) && $wrapSelectionInComment(selection, id);
    },
    { discrete: true },
  );
  return done;
}

const stored = (editor: LexicalEditor) => toStoredContent(editor.getEditorState().toJSON());

/** Each comment range as "ids: words". */
function ranges(content: SerializedEditorState): string[] {
  const found: string[] = [];
  forEachReviewNode(content, (node) => {
    if (node.type === 'comment-range')
      found.push(
        `${commentIdsOf(node).join(' ')}: ${sectionPlainText({ root: { ...content.root, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: node.children }] } as SerializedEditorState['root'] })}`,
      );
  });
  return found;
}

const valid = (content: SerializedEditorState) => expect(editorStateSchema.safeParse(content).success).toBe(true);

describe('comments on words in the editor', () => {
  it('wrap the selected words, keep the text and save as valid content', () => {
    const editor = load(doc(para('Examplia designates a national CERT for incident response.')));
    expect(comment(editor, 'a national CERT', 'c1')).toBe(true);
    const content = stored(editor);
    valid(content);
    expect(ranges(content)).toEqual(['c1: a national CERT']);
    expect(sectionPlainText(content)).toBe('Examplia designates a national CERT for incident response.');
    expect(editor.getEditorState().read($anchoredComments)).toEqual([{ id: 'c1', quote: 'a national CERT' }]);
  });

  it('give overlapping words both comments', () => {
    const editor = load(doc(para('one two three four five')));
    comment(editor, 'two three', 'c1');
    comment(editor, 'three four', 'c2');
    const content = stored(editor);
    valid(content);
    expect(ranges(content)).toEqual(['c1: two ', 'c1 c2: three', 'c2:  four']);
    expect(editor.getEditorState().read($anchoredComments)).toEqual([
      { id: 'c1', quote: 'two  … three' },
      { id: 'c2', quote: 'three …  four' },
    ]);
    // Removing one comment leaves the other's words marked, and the text as it was.
    editor.update(() => $removeCommentMarks('c1'), { discrete: true });
    const after = stored(editor);
    valid(after);
    expect(ranges(after)).toEqual(['c2: three four']);
    expect(sectionPlainText(after)).toBe('one two three four five');
  });

  it('put a suggestion inside the comment range, never the reverse', () => {
    const editor = load(doc(para('Examplia protects ', inserted('s1', 'energy and water'), ' services.')));
    comment(editor, 'protects energy', 'c1');
    const content = stored(editor);
    valid(content);
    expect(ranges(content)).toEqual(['c1: protects energy']);
    const kinds: string[] = [];
    forEachReviewNode(content, (node) => kinds.push(node.type === 'suggestion' ? `s:${node.children.length}` : 'c'));
    expect(kinds).toEqual(['c', 's:1', 's:1']);
  });

  it('work in a footnote text and are found in it', () => {
    const editor = load(doc(para('A claim.', note('See the national register of 2025.'))));
    const noteEditor = editor.getEditorState().read(() => {
      for (const { node } of $dfsIterator()) if ($isFootnoteNode(node)) return node.getNote();
      throw new Error('no footnote');
    });
    expect(comment(noteEditor, 'national register', 'c9')).toBe(true);
    const content = stored(editor);
    valid(content);
    expect(ranges(content)).toEqual(['c9: national register']);
    expect(noteEditor.getEditorState().read($anchoredComments)).toEqual([{ id: 'c9', quote: 'national register' }]);
  });

  it('select their words, tell which comments the caret is in, and are undone by Undo', async () => {
    const editor = load(doc(para('Requests are answered within 24 hours.')));
    comment(editor, 'within 24 hours', 'c2');
    editor.update(() => expect($selectComment('c2')).toBe(true), { discrete: true });
    expect(editor.getEditorState().read(() => $getSelection()?.getTextContent())).toBe('within 24 hours');
    expect(editor.getEditorState().read($commentsAtSelection)).toEqual(['c2']);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    // Undo applies its state in a later update, as when the user presses Ctrl+Z.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ranges(stored(editor))).toEqual([]);
    expect(sectionPlainText(stored(editor))).toBe('Requests are answered within 24 hours.');
  });

  it('do nothing without selected words', () => {
    const editor = load(doc(para('Nothing selected here.')));
    editor.update(
      () => {
        $getRoot().selectEnd();
        const selection = $getSelection();
        expect($isRangeSelection(selection) && $wrapSelectionInComment(selection, 'c1')).toBe(false);
      },
      { discrete: true },
    );
    expect(ranges(stored(editor))).toEqual([]);
  });
});
