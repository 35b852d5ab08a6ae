// @vitest-environment jsdom
// Lists started by typing, as in Word: "- ", "* ", "1. " and "a. " at the start of a paragraph.
import { $isListNode } from '@lexical/list';
import { $getRoot, $getSelection, $isRangeSelection, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { caretAfter, createTestEditor } from '../testing';
import { $selectedListKind } from './list-kinds';

/** A paragraph holding `typed` with the caret at its end, then a space typed as its own update. */
async function typeSpaceAfter(editor: LexicalEditor, typed: string, { paste = false } = {}): Promise<void> {
  caretAfter(editor, typed);
  editor.update(
    () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(' ');
    },
    { discrete: true, ...(paste ? { tag: 'paste' } : {}) },
  );
  // The list is made in an update of its own, after the typing's (so one undo gives the text back).
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function read<T>(editor: LexicalEditor, fn: () => T): T {
  return editor.getEditorState().read(fn);
}

describe('lists started by typing', () => {
  it('turns "- ", "* ", "1. " and "a. " at the start of an empty paragraph into the list Word would make', async () => {
    for (const [typed, kind] of [
      ['-', 'bullet'],
      ['*', 'bullet'],
      ['1.', 'number'],
      ['a.', 'lettered'],
    ] as const) {
      const { editor } = createTestEditor();
      await typeSpaceAfter(editor, typed);
      expect(
        read(editor, () => $isListNode($getRoot().getFirstChild())),
        typed,
      ).toBe(true);
      expect(read(editor, $selectedListKind), typed).toBe(kind);
      expect(
        read(editor, () => $getRoot().getTextContent()),
        typed,
      ).toBe('');
    }
  });

  it('leaves text alone when the marker is not alone at the start, or was pasted', async () => {
    for (const typed of ['Item -', '2.', 'b.', 'x-']) {
      const { editor } = createTestEditor();
      await typeSpaceAfter(editor, typed);
      expect(
        read(editor, () => $isListNode($getRoot().getFirstChild())),
        typed,
      ).toBe(false);
      expect(read(editor, () => $getRoot().getTextContent())).toBe(`${typed} `);
    }
    const { editor } = createTestEditor();
    await typeSpaceAfter(editor, '-', { paste: true });
    expect(read(editor, () => $getRoot().getTextContent())).toBe('- ');
  });

  it('gives the typed characters back with one undo, as Word does', async () => {
    const { editor } = createTestEditor();
    await typeSpaceAfter(editor, '-');
    expect(read(editor, $selectedListKind)).toBe('bullet');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(read(editor, () => $isListNode($getRoot().getFirstChild()))).toBe(false);
    expect(read(editor, () => $getRoot().getTextContent())).toBe('- ');
  });
});
