// @vitest-environment jsdom
// The section editor and every footnote's editor hold inline content through one extension: the
// same node classes and the same guards, so a link or a node type added there reaches both.
import { getExtensionDependencyFromEditor } from '@lexical/extension';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { ALLOWED_CHILDREN, NODE_SCHEMAS } from '../../../shared/model/editor-nodes';
import { fieldNode, paragraphNode, rootState, textNode } from '../../../shared/model/empty';
import { TEXT_FORMAT } from '../../../shared/model/lexical-json';
import { $isFieldNode } from './field/FieldNode';
import { $insertFootnote } from './footnote/footnote-extension';
import { InlineContentExtension } from './inline-content';
import { createTestEditor } from './testing';

/** The section editor and the editor of a footnote inside it. */
function bothEditors(): { section: LexicalEditor; note: LexicalEditor } {
  const { editor } = createTestEditor();
  let note: LexicalEditor | null = null;
  editor.update(
    () => {
      $getRoot().clear().append($createParagraphNode()).selectEnd();
      note = $insertFootnote().getNote();
    },
    { discrete: true },
  );
  return { section: editor, note: note! };
}

/** Writes a paragraph holding a link to `url` styled with inline CSS; returns what the editor kept. */
function writeLink(editor: LexicalEditor, url: string): { links: string[]; styles: string[] } {
  editor.update(
    () => {
      const text = $createTextNode('the Examplia Gazette').setStyle('background-image: url(https://tracker.example)');
      $getRoot()
        .clear()
        .append($createParagraphNode().append($createLinkNode(url).append(text)));
    },
    { discrete: true },
  );
  return editor.read(() => {
    const nodes = $getRoot().getAllTextNodes();
    const links = nodes.map((node) => node.getParent()).filter($isLinkNode);
    return { links: links.map((link) => link.getURL()), styles: nodes.map((node) => node.getStyle()) };
  });
}

describe('inline content', () => {
  it('is the one extension both the section and its footnotes are built with', () => {
    const { section, note } = bothEditors();
    // Throws for an editor built without it.
    for (const editor of [section, note])
      expect(() => getExtensionDependencyFromEditor(editor, InlineContentExtension)).not.toThrow();
  });

  it('keeps links only to safe addresses and drops inline styles, in the section and in a footnote', () => {
    const { section, note } = bothEditors();
    for (const editor of [section, note]) {
      expect(writeLink(editor, 'javascript:alert(1)')).toEqual({ links: [], styles: [''] });
      expect(writeLink(editor, 'https://www.examplia.example/gazette')).toEqual({
        links: ['https://www.examplia.example/gazette'],
        styles: [''],
      });
    }
  });

  it('holds every inline node type storage keeps, and the section every other one', () => {
    const { section, note } = bothEditors();
    const inline = ALLOWED_CHILDREN.paragraph ?? [];
    const known = (editor: LexicalEditor) => inline.filter((type) => editor._nodes.has(type));
    expect(known(section)).toEqual(inline);
    expect(known(note)).toEqual(inline.filter((type) => type !== 'footnote'));
    const stored = Object.keys(NODE_SCHEMAS);
    expect(stored.filter((type) => !section._nodes.has(type))).toEqual([]);
  });

  it('opens and saves a field in the section and in a footnote exactly as stored, never copying its value into the text', () => {
    const { section, note } = bothEditors();
    const inline = [textNode('Submitted by '), fieldNode('submitter', TEXT_FORMAT.bold)];
    const stored = rootState([paragraphNode(inline)]);
    for (const editor of [section, note]) {
      editor.setEditorState(editor.parseEditorState(JSON.stringify(stored)));
      editor.update(() => $getRoot().markDirty(), { discrete: true });
      const saved = editor.getEditorState().toJSON();
      expect(saved.root.children[0]).toMatchObject({ children: inline });
      expect(
        editor.read(() =>
          $getRoot()
            .getAllTextNodes()
            .map((node) => node.getTextContent()),
        ),
      ).toEqual(['Submitted by ']);
      expect(editor.read(() => $isFieldNode($getRoot().getLastDescendant()))).toBe(true);
    }
  });

  it('opens stored text holding an autolink (a file written elsewhere), keeping a safe one and turning an unsafe one into text', () => {
    const { section, note } = bothEditors();
    const autolink = (url: string) => ({
      type: 'autolink',
      version: 1,
      url,
      rel: null,
      target: null,
      title: null,
      isUnlinked: false,
      direction: null,
      format: '',
      indent: 0,
      children: [{ type: 'text', version: 1, text: url, format: 0, style: '', mode: 'normal', detail: 0 }],
    });
    const state = (url: string) =>
      JSON.stringify({
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: null,
              format: '',
              indent: 0,
              textFormat: 0,
              textStyle: '',
              children: [autolink(url)],
            },
          ],
        },
      });
    for (const editor of [section, note]) {
      editor.setEditorState(editor.parseEditorState(state('https://www.examplia.example/')));
      editor.update(() => {}, { discrete: true });
      expect(editor.read(() => $getRoot().getTextContent())).toBe('https://www.examplia.example/');
      editor.setEditorState(editor.parseEditorState(state('javascript:alert(1)')));
      editor.update(() => $getRoot().markDirty(), { discrete: true });
      const kept = editor.read(() =>
        $getRoot()
          .getAllTextNodes()
          .map((node) => node.getParent()?.getType()),
      );
      expect(kept).toEqual(['paragraph']);
    }
  });
});
