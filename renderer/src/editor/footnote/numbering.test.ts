// @vitest-environment jsdom
import { $getNodeByKey, $getRoot, type ElementNode, type LexicalEditor, type NodeKey, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createTestEditor, footnoteAtEndOf, setParagraphs } from '../testing';
import { INSERT_FOOTNOTE_COMMAND } from './commands';
import { $insertFootnote } from './footnote-extension';
import { $isFootnoteNode } from './FootnoteNode';

function noteText(editor: LexicalEditor, key: NodeKey): string {
  return editor.read(() => {
    const node = $getNodeByKey(key);
    return $isFootnoteNode(node) ? node.getNote().read(() => $getRoot().getTextContent()) : 'not a footnote';
  });
}

describe('footnote numbering', () => {
  it('numbers references by document order, not by order of insertion', () => {
    const { editor, registry } = createTestEditor();
    setParagraphs(editor, ['Examplia ratified the convention.', 'It also set up a national CERT.']);
    const second = footnoteAtEndOf(editor, 1);
    const first = footnoteAtEndOf(editor, 0);
    expect([registry.indexOf(first), registry.indexOf(second)]).toEqual([0, 1]);
    expect(registry.getEntries().map((entry) => entry.key)).toEqual([first, second]);
  });

  it('renumbers the later footnotes at once when one is deleted', () => {
    const { editor, registry } = createTestEditor();
    setParagraphs(editor, ['First point.', 'Second point.', 'Third point.']);
    const keys = [0, 1, 2].map((i) => footnoteAtEndOf(editor, i));
    editor.update(() => $getNodeByKey(keys[0] ?? '')?.remove(), { discrete: true });
    expect(registry.getEntries().map((entry) => entry.key)).toEqual(keys.slice(1));
    expect(registry.indexOf(keys[2] ?? '')).toBe(1);
  });

  it('drops the footnote from the list when the paragraph holding it is deleted', () => {
    const { editor, registry } = createTestEditor();
    setParagraphs(editor, ['Kept.', 'Deleted with its footnote.']);
    const kept = footnoteAtEndOf(editor, 0);
    footnoteAtEndOf(editor, 1);
    editor.update(() => $getRoot().getLastChild()?.remove(), { discrete: true });
    expect(registry.getEntries().map((entry) => entry.key)).toEqual([kept]);
  });

  it('inserts after selected text instead of replacing it, as Word does', () => {
    const { editor } = createTestEditor();
    setParagraphs(editor, ['Examplia Digital Rights Forum']);
    editor.update(
      () => {
        const text = $getRoot().getFirstDescendant() as TextNode;
        text.select(0, 8);
        $insertFootnote();
      },
      { discrete: true },
    );
    expect(editor.read(() => $getRoot().getTextContent())).toBe('Examplia Digital Rights Forum');
    const types = editor.read(() =>
      $getRoot()
        .getFirstChildOrThrow<ElementNode>()
        .getChildren()
        .map((n) => n.getType()),
    );
    expect(types).toEqual(['text', 'footnote', 'text']);
  });

  it('asks for the caret to move into the new footnote text', () => {
    const { editor, registry } = createTestEditor();
    setParagraphs(editor, ['A claim that needs a source.']);
    editor.update(
      () => {
        $getRoot().selectEnd();
        editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined);
      },
      { discrete: true },
    );
    const [entry] = registry.getEntries();
    expect(entry && registry.takeFocusRequest(entry.key)).toBe(true);
    expect(entry && noteText(editor, entry.key)).toBe('');
  });
});
