// @vitest-environment jsdom
import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $getRoot, $getSelection } from 'lexical';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { describe, expect, it } from 'vitest';
import { createTestEditor, selectText } from '../testing';
import { parseLinkInput } from './link-input';

describe('link dialog input', () => {
  it.each([
    ['https://www.examplia.example/strategy', 'https://www.examplia.example/strategy'],
    ['  http://cert.examplia.example  ', 'http://cert.examplia.example/'],
    ['mailto:desk@examplia.example', 'mailto:desk@examplia.example'],
    ['www.examplia.example/report?year=2024', 'https://www.examplia.example/report?year=2024'],
    ['desk@examplia.example', 'mailto:desk@examplia.example'],
  ])('accepts %j as %j', (typed, url) => {
    expect(parseLinkInput(typed)).toEqual({ ok: true, url });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:void(0)',
    'data:text/html,hi',
    'file:///C:/secret.docx',
    'vbscript:msgbox(1)',
    'ftp://files.example/a',
    'https://user:pw@examplia.example',
    'not a link',
  ])('refuses %j', (typed) => {
    expect(parseLinkInput(typed)).toEqual({ ok: false, error: 'unsafe' });
  });

  it('asks for an address when nothing is typed', () => {
    expect(parseLinkInput('   ')).toEqual({ ok: false, error: 'empty' });
  });
});

describe('links in the editor', () => {
  it('never creates a link to an unsafe address, whatever dispatches the command', () => {
    const { editor } = createTestEditor();
    selectText(editor, 'Click me');
    let handled = true;
    editor.update(() => (handled = editor.dispatchCommand(TOGGLE_LINK_COMMAND, 'javascript:alert(1)')), {
      discrete: true,
    });
    expect(handled).toBe(false);
    expect(JSON.stringify(editor.getEditorState().toJSON())).not.toContain('"link"');
  });

  it('creates a link to a safe address', () => {
    const { editor } = createTestEditor();
    selectText(editor, 'the strategy');
    editor.update(() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, 'https://www.examplia.example/'), {
      discrete: true,
    });
    const paragraph = editor.getEditorState().toJSON().root.children[0] as unknown as {
      children: { type: string; url?: string }[];
    };
    expect(paragraph.children.map((c) => [c.type, c.url])).toEqual([['link', 'https://www.examplia.example/']]);
  });

  it('turns an unsafe link in copied editor content into plain text without its inline CSS', () => {
    const { editor } = createTestEditor();
    selectText(editor, '');
    const copied = {
      type: 'link',
      version: 1,
      url: 'javascript:alert(1)',
      rel: null,
      target: '_blank',
      title: null,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'text',
          version: 1,
          text: 'a trap',
          format: 0,
          style: 'background-image: url(https://tracker.example/x.png)',
          mode: 'normal',
          detail: 0,
        },
      ],
    };
    // The path Lexical takes for its own clipboard format (application/x-lexical-editor).
    editor.update(
      () => {
        const selection = $getSelection();
        if (selection) $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes([copied]), selection);
      },
      { discrete: true },
    );
    expect(editor.read(() => $getRoot().getTextContent())).toBe('a trap');
    expect(JSON.stringify(editor.getEditorState().toJSON())).not.toMatch(/"link"|javascript|tracker|_blank/);
  });
});
