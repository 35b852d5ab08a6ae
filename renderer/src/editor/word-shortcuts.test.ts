// @vitest-environment jsdom
// Word's keys for headings and bullets: Ctrl+Alt+1/2/3 and Ctrl+Shift+L apply their format and,
// pressed again, keep it (they never toggle it off as the toolbar buttons do).
import { $getRoot, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $anchorBlock, blockKindOf } from './blocks/blocks-extension';
import { $selectedListKind } from './lists/list-kinds';
import { caretAfter, createTestEditor } from './testing';

function press(editor: LexicalEditor, key: string, modifiers: KeyboardEventInit): void {
  const code = /^\d$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`;
  const event = new KeyboardEvent('keydown', { key, code, ...modifiers, cancelable: true });
  editor.update(() => editor.dispatchCommand(KEY_DOWN_COMMAND, event), { discrete: true });
}

const block = (editor: LexicalEditor) => editor.getEditorState().read(() => blockKindOf($anchorBlock()));

describe('Word keys', () => {
  it('Ctrl+Alt+1 makes a heading, Ctrl+Alt+2 and 3 a sub-heading, and pressing again keeps it', () => {
    const { editor } = createTestEditor();
    caretAfter(editor, 'Regulatory framework');
    press(editor, '1', { ctrlKey: true, altKey: true });
    expect(block(editor)).toBe('h2');
    press(editor, '1', { ctrlKey: true, altKey: true });
    expect(block(editor)).toBe('h2');
    press(editor, '2', { ctrlKey: true, altKey: true });
    expect(block(editor)).toBe('h3');
    caretAfter(editor, 'Institutions');
    press(editor, '3', { ctrlKey: true, altKey: true });
    expect(block(editor)).toBe('h3');
  });

  it('Ctrl+Shift+L makes a bulleted list, and pressing again keeps it', () => {
    const { editor } = createTestEditor();
    caretAfter(editor, 'The national CERT');
    press(editor, 'L', { ctrlKey: true, shiftKey: true });
    expect(editor.getEditorState().read($selectedListKind)).toBe('bullet');
    press(editor, 'L', { ctrlKey: true, shiftKey: true });
    expect(editor.getEditorState().read($selectedListKind)).toBe('bullet');
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('The national CERT');
  });
});
