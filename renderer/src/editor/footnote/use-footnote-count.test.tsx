// @vitest-environment jsdom
// The section's footnote count reaches the draft (the outline's figures, the numbers of later
// sections' footnotes) when footnotes are inserted or deleted, without rendering the editor's
// shell (toolbar, every button) again for it.
import { $createParagraphNode, $createTextNode, $getNodeByKey, $getRoot, type NodeKey } from 'lexical';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createTestEditor } from '../testing';
import { $insertFootnote } from './footnote-extension';
import type { FootnoteRegistry } from './registry';
import { useFootnoteCount } from './use-footnote-count';
import { testRoot } from '../../ui/test-root';

const view = testRoot();

function Shell({
  registry,
  onCount,
  renders,
}: {
  registry: FootnoteRegistry;
  onCount(n: number): void;
  renders: number[];
}) {
  renders.push(renders.length);
  useFootnoteCount(registry, onCount);
  return null;
}

describe('the section footnote count', () => {
  it('is told at first, after each insertion and after a deletion, without rendering the shell again', () => {
    const { editor, registry } = createTestEditor();
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Examplia reports.'))), {
      discrete: true,
    });
    const insert = (): NodeKey => {
      let key = '';
      editor.update(
        () => {
          $getRoot().selectEnd();
          key = $insertFootnote().getKey();
        },
        { discrete: true },
      );
      return key;
    };
    insert();
    const told: number[] = [];
    const renders: number[] = [];
    act(() => view.root.render(<Shell registry={registry} onCount={(n) => told.push(n)} renders={renders} />));
    expect(told).toEqual([1]);

    const second = insert();
    act(() => undefined);
    insert();
    act(() => undefined);
    act(() => editor.update(() => $getNodeByKey(second)?.remove(), { discrete: true }));
    expect(told).toEqual([1, 2, 3, 2]);
    expect(renders).toHaveLength(1);
  });
});
