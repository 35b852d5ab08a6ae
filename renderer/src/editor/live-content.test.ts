// @vitest-environment jsdom
// The word count shown while typing comes from the blocks changed since the last count: it must
// always equal the count of the whole section as saved.
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { contentCounts } from './block-counts';
import { $insertFootnote } from './footnote/footnote-extension';
import { liveContent, type LiveContent } from './live-content';
import { createTestEditor } from './testing';

function follow(editor: LexicalEditor): LiveContent {
  const live = liveContent(editor);
  // As the section's change emitter does after every update.
  editor.registerUpdateListener(({ dirtyElements }) => live.changed(dirtyElements.keys()));
  return live;
}

const saved = (editor: LexicalEditor) => contentCounts(JSON.parse(JSON.stringify(editor.getEditorState().toJSON())));

function edit(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

const block = (index: number) => $getRoot().getChildAtIndex<ElementNode>(index)!;

describe('live section counts', () => {
  it('stay equal to the saved section while typing, adding footnotes and removing blocks', () => {
    const { editor } = createTestEditor();
    const live = follow(editor);
    edit(editor, () => {
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append($createTextNode('The Republic of Examplia')),
          $createParagraphNode().append($createTextNode('protects critical infrastructure')),
          $createParagraphNode().append($createTextNode('through its national agency.')),
        );
    });
    expect(live.read.counts()).toEqual({ words: 11, footnotes: 0 });

    edit(editor, () =>
      block(1).getFirstChildOrThrow<TextNode>().setTextContent('protects all critical infrastructure'),
    );
    expect(live.read.counts()).toEqual({ words: 12, footnotes: 0 });
    expect(live.read.counts()).toEqual(saved(editor));

    let note: LexicalEditor | null = null;
    edit(editor, () => {
      block(0).selectEnd();
      note = $insertFootnote().getNote();
    });
    expect(live.read.counts()).toEqual({ words: 12, footnotes: 1 });
    note!.update(
      () => {
        $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode('Examplia Gazette No. 4'));
      },
      { discrete: true },
    );
    live.noteChanged();
    expect(live.read.counts()).toEqual({ words: 16, footnotes: 1 });
    expect(live.read.counts()).toEqual(saved(editor));

    edit(editor, () => block(2).remove());
    expect(live.read.counts()).toEqual({ words: 12, footnotes: 1 });
    expect(live.read.counts()).toEqual(saved(editor));

    edit(editor, () => block(1).insertAfter($createParagraphNode().append($createTextNode('Two more'))));
    expect(live.read.counts()).toEqual({ words: 14, footnotes: 1 });
    expect(live.read.counts()).toEqual(saved(editor));
    // The content read is the section as it is now, as autosave writes it.
    expect(contentCounts(live.read())).toEqual(saved(editor));
  });
});
