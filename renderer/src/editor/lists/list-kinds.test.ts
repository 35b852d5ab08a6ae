// @vitest-environment jsdom
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedEditorState, SerializedList, SerializedListItem } from '../../../../shared/model/lexical-json';
import { createTestEditor, setParagraphs } from '../testing';
import { type ListKind, TOGGLE_LIST_COMMAND } from './list-kinds';

function toggle(editor: LexicalEditor, kind: ListKind): void {
  editor.update(
    () => {
      $getRoot().getFirstChildOrThrow().selectStart();
      editor.dispatchCommand(TOGGLE_LIST_COMMAND, kind);
    },
    { discrete: true },
  );
}

function stored(editor: LexicalEditor): SerializedEditorState {
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as SerializedEditorState;
}

const item = (text: string, value: number): SerializedListItem => ({
  type: 'listitem',
  version: 1,
  value,
  direction: null,
  format: '',
  indent: 0,
  children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
});

const letteredList: SerializedEditorState = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'list',
        version: 1,
        listType: 'number',
        start: 1,
        tag: 'ol',
        direction: null,
        format: '',
        indent: 0,
        $: { listStyle: 'lower-alpha' },
        children: [item('a designated authority;', 1), item('a public register.', 2)],
      },
    ],
  },
};

describe('lettered lists', () => {
  it('store as a numbered list carrying listStyle lower-alpha', () => {
    const { editor } = createTestEditor();
    setParagraphs(editor, ['a designated authority;']);
    toggle(editor, 'lettered');
    const list = stored(editor).root.children[0] as SerializedList;
    expect([list.type, list.listType, list.tag, list.$]).toEqual([
      'list',
      'number',
      'ol',
      { listStyle: 'lower-alpha' },
    ]);
  });

  it('round-trip the stored NodeState unchanged', () => {
    const { editor } = createTestEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(letteredList)));
    expect(stored(editor)).toEqual(letteredList);
  });

  it('render with lower-alpha markers', () => {
    const { editor } = createTestEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(letteredList)));
    expect(editor.getRootElement()?.querySelector('ol')?.getAttribute('data-list-style')).toBe('lower-alpha');
  });

  it('become a plain numbered list (no leftover state) when switched to numbers, and paragraphs when toggled off', () => {
    const { editor } = createTestEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(letteredList)));
    toggle(editor, 'number');
    const numbered = stored(editor).root.children[0] as SerializedList;
    expect([numbered.listType, numbered.$]).toEqual(['number', undefined]);
    expect(editor.getRootElement()?.querySelector('ol')?.hasAttribute('data-list-style')).toBe(false);
    toggle(editor, 'number');
    expect(stored(editor).root.children.map((child) => child.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('switch a bullet list to lettered without leaving a bullet list behind', () => {
    const { editor } = createTestEditor();
    setParagraphs(editor, ['first point']);
    toggle(editor, 'bullet');
    toggle(editor, 'lettered');
    const list = stored(editor).root.children[0] as SerializedList;
    expect([list.listType, list.$]).toEqual(['number', { listStyle: 'lower-alpha' }]);
  });

  it('renders bullet items without a number (Chromium lays out long numbered-item lists slowly), numbered ones with theirs', () => {
    const { editor } = createTestEditor();
    editor.update(
      () => {
        const items = ['incident reporting', 'sector regulators'].map((text) =>
          $createListItemNode().append($createTextNode(text)),
        );
        $getRoot()
          .clear()
          .append($createListNode('bullet').append(...items));
      },
      { discrete: true },
    );
    const values = () =>
      Array.from(editor.getRootElement()?.querySelectorAll('li') ?? [], (li) => li.getAttribute('value'));
    expect(values()).toEqual([null, null]);
    toggle(editor, 'number');
    expect(values()).toEqual(['1', '2']);
  });
});
