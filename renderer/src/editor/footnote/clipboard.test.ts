// @vitest-environment jsdom
import {
  $generateJSONFromSelectedNodes,
  $generateNodesFromSerializedNodes,
  $insertGeneratedNodes,
} from '@lexical/clipboard';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../testing';
import { $insertFootnote } from './footnote-extension';

describe('copying text with a footnote', () => {
  it('pastes an independent copy of the footnote with its text, numbered in order', () => {
    const { editor, registry } = createTestEditor();
    editor.update(
      () => {
        const text = $createTextNode('Claim.');
        $getRoot().clear().append($createParagraphNode().append(text), $createParagraphNode());
        text.selectEnd();
        const footnote = $insertFootnote();
        footnote
          .getNote()
          .update(() => $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode('Original source')), {
            discrete: true,
          });
        $getRoot().getFirstChildOrThrow<ElementNode>().select(0, 2);
      },
      { discrete: true },
    );
    let copied: ReturnType<typeof $generateJSONFromSelectedNodes> | null = null;
    editor.read(() => (copied = $generateJSONFromSelectedNodes(editor, $getSelection())));
    editor.update(
      () => {
        $getRoot().getLastChildOrThrow<ElementNode>().select();
        const selection = $getSelection();
        if (copied && selection)
          $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(copied.nodes), selection);
      },
      { discrete: true },
    );
    const [first, second] = registry.getEntries();
    expect(registry.getEntries()).toHaveLength(2);
    expect(first?.note).not.toBe(second?.note);
    const texts = registry.getEntries().map((entry) => entry.note.get().read(() => $getRoot().getTextContent()));
    expect(texts).toEqual(['Original source', 'Original source']);
    second?.note.get().update(() => $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode(', p. 2')), {
      discrete: true,
    });
    expect(first?.note.get().read(() => $getRoot().getTextContent())).toBe('Original source');
  });
});
