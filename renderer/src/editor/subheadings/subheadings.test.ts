// @vitest-environment jsdom
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedEditorState, SerializedNode } from '../../../../shared/model/lexical-json';
import { createTestEditor } from '../testing';
import { INSERT_SUBHEADING_COMMAND } from './subheading-extension';

function runs(editor: LexicalEditor): { text: string; bold: boolean }[][] {
  const state = editor.getEditorState().toJSON() as unknown as SerializedEditorState;
  return state.root.children.map((block) =>
    'children' in block
      ? block.children.map((n: SerializedNode) => ({
          text: n.type === 'text' ? n.text : '',
          bold: n.type === 'text' && n.format === 1,
        }))
      : [],
  );
}

function insertThenType(editor: LexicalEditor, typed: string): void {
  editor.update(
    () => {
      editor.dispatchCommand(INSERT_SUBHEADING_COMMAND, 'Regulatory framework: ');
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(typed);
    },
    { discrete: true },
  );
}

describe('suggested sub-headings', () => {
  it('start a new paragraph with bold run-in text, and what follows is not bold', () => {
    const { editor } = createTestEditor();
    editor.update(
      () => {
        const text = $createTextNode('Examplia has a national CERT.');
        $getRoot().clear().append($createParagraphNode().append(text));
        text.select(4, 4);
      },
      { discrete: true },
    );
    insertThenType(editor, 'The Cyber Act of 2023 applies.');
    expect(runs(editor)).toEqual([
      [{ text: 'Examplia has a national CERT.', bold: false }],
      [
        { text: 'Regulatory framework: ', bold: true },
        { text: 'The Cyber Act of 2023 applies.', bold: false },
      ],
    ]);
  });

  it('use the empty paragraph the caret is in instead of adding another', () => {
    const { editor } = createTestEditor();
    editor.update(
      () => {
        $getRoot().clear().append($createParagraphNode());
        $getRoot().selectEnd();
      },
      { discrete: true },
    );
    insertThenType(editor, 'In force.');
    expect(runs(editor)).toEqual([
      [
        { text: 'Regulatory framework: ', bold: true },
        { text: 'In force.', bold: false },
      ],
    ]);
  });
});
