// @vitest-environment jsdom
// What the editor writes must pass the stored-content schema (shared/model): every feature at once.
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorStateSchema } from '../../../shared/model/schema';
import { TOGGLE_BLOCK_COMMAND } from './blocks/blocks-extension';
import { $insertFootnote } from './footnote/footnote-extension';
import { TOGGLE_LIST_COMMAND } from './lists/list-kinds';
import { $importHtml } from './paste/import-html';
import { HOSTILE_HTML, WORD_HTML } from './paste/fixtures';
import { INSERT_SUBHEADING_COMMAND } from './subheadings/subheading-extension';
import { createTestEditor } from './testing';

function para(editor: LexicalEditor, text: string, then?: () => void): void {
  editor.update(
    () => {
      const node = $createTextNode(text);
      $getRoot().append($createParagraphNode().append(node));
      node.select(0, text.length);
      then?.();
    },
    { discrete: true },
  );
}

describe('stored content contract', () => {
  it('accepts everything the editor can produce', () => {
    const { editor } = createTestEditor();
    editor.update(() => $getRoot().clear(), { discrete: true });
    para(editor, 'Implementation of norm 13 (g)', () => editor.dispatchCommand(TOGGLE_BLOCK_COMMAND, 'h2'));
    para(editor, 'Institutions', () => editor.dispatchCommand(TOGGLE_BLOCK_COMMAND, 'h3'));
    para(editor, 'A quotation from the national strategy.', () =>
      editor.dispatchCommand(TOGGLE_BLOCK_COMMAND, 'quote'),
    );
    para(editor, 'a designated authority', () => editor.dispatchCommand(TOGGLE_LIST_COMMAND, 'lettered'));
    para(editor, 'a bullet point', () => editor.dispatchCommand(TOGGLE_LIST_COMMAND, 'bullet'));
    para(editor, 'the published strategy', () =>
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, 'https://www.examplia.example/strategy'),
    );
    para(editor, 'A claim with a source.', () => {
      const footnote = $insertFootnote();
      footnote.getNote().update(
        () => {
          const text = $createTextNode('Examplia Gazette No. 4');
          $getRoot().getFirstChildOrThrow<ElementNode>().append(text.toggleFormat('italic'));
        },
        { discrete: true },
      );
    });
    editor.update(
      () => {
        ($getRoot().getLastDescendant() as TextNode | null)?.selectEnd();
        editor.dispatchCommand(INSERT_SUBHEADING_COMMAND, 'Regulatory framework: ');
        $getRoot().append(...$importHtml(WORD_HTML, 'section'), ...$importHtml(HOSTILE_HTML, 'section'));
      },
      { discrete: true },
    );

    const stored = JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
    const result = editorStateSchema.safeParse(stored);
    expect(
      result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([]);
    expect(JSON.stringify(stored)).toMatch(
      /"type":"footnote".*"listStyle":"lower-alpha"|"listStyle":"lower-alpha".*"type":"footnote"/,
    );
  });
});
