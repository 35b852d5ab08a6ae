// @vitest-environment jsdom
// A mail link can ask some mail clients to attach a local file (attach=, attachment=): every way a
// link enters the editor keeps the link without that field.
import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $getRoot, $getSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $importHtml } from '../paste/import-html';
import { createTestEditor, selectText } from '../testing';
import { parseLinkInput } from './link-input';

const TRAP = 'mailto:desk@examplia.example?subject=Norm%20(e)&Attach=/home/user/.ssh/id_rsa';
const CLEAN = 'mailto:desk@examplia.example?subject=Norm%20(e)';

function urls(editor: LexicalEditor): string[] {
  return [...JSON.stringify(editor.getEditorState().toJSON()).matchAll(/"url":"([^"]*)"/g)].map((m) => m[1]!);
}

describe('mail links asking for an attachment', () => {
  it('the link dialog keeps the address without the attachment', () => {
    expect(parseLinkInput(TRAP)).toEqual({ ok: true, url: CLEAN });
    expect(parseLinkInput('mailto:desk@examplia.example?%61ttachment=C:/secret.docx')).toEqual({
      ok: true,
      url: 'mailto:desk@examplia.example',
    });
  });

  it('a link command from anywhere (e.g. a URL pasted over a selection) stores the link without it', () => {
    const { editor } = createTestEditor();
    selectText(editor, 'write to us');
    editor.update(() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, TRAP), { discrete: true });
    expect(urls(editor)).toEqual([CLEAN]);
  });

  it('copied editor content and pasted HTML keep the link without it', () => {
    const { editor } = createTestEditor();
    selectText(editor, '');
    const copied = {
      type: 'link',
      version: 1,
      url: TRAP,
      rel: null,
      target: null,
      title: null,
      direction: null,
      format: '',
      indent: 0,
      children: [{ type: 'text', version: 1, text: 'write to us', format: 0, style: '', mode: 'normal', detail: 0 }],
    };
    editor.update(
      () => {
        const selection = $getSelection();
        if (selection) $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes([copied]), selection);
      },
      { discrete: true },
    );
    expect(urls(editor)).toEqual([CLEAN]);

    editor.update(
      () =>
        $getRoot()
          .clear()
          .append(
            ...$importHtml(
              `<p>Write to <a href="${TRAP.replace('Attach', 'ATTACHMENT')}">the desk</a>.</p>`,
              'section',
            ),
          ),
      { discrete: true },
    );
    expect(urls(editor)).toEqual([CLEAN]);
    expect(editor.read(() => $getRoot().getTextContent())).toBe('Write to the desk.');
  });
});
