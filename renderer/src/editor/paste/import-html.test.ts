// @vitest-environment jsdom
import { $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedEditorState, SerializedNode } from '../../../../shared/model/lexical-json';
import { $insertFootnote } from '../footnote/footnote-extension';
import { createTestEditor } from '../testing';
import { HOSTILE_HTML, LIBREOFFICE_HTML, STYLED_SPANS_HTML, WORD_HTML } from './fixtures';
import { $importHtml } from './import-html';

function paste(editor: LexicalEditor, html: string): SerializedEditorState {
  editor.update(
    () =>
      $getRoot()
        .clear()
        .append(...$importHtml(html, 'section')),
    { discrete: true },
  );
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as SerializedEditorState;
}

/** A compact outline of the stored JSON: block types with their text, lists as nested arrays. */
function outline(node: SerializedNode): unknown {
  if (!('children' in node)) return 'text' in node ? node.text : node.type;
  const children = node.children.map(outline);
  switch (node.type) {
    case 'heading':
      return { [node.tag]: children.join('') };
    case 'list':
      return { [node.$?.listStyle === 'lower-alpha' ? 'lettered' : node.listType]: children };
    case 'listitem':
      if (children.every((c) => typeof c === 'string')) return children.join('');
      return children.length === 1 ? children[0] : children;
    case 'link':
      return { link: node.url, text: children.join('') };
    default:
      return children.every((c) => typeof c === 'string') ? children.join('') : children;
  }
}

function textNodes(node: SerializedNode): { text: string; format: number }[] {
  if (node.type === 'text') return [{ text: node.text, format: node.format }];
  return 'children' in node ? node.children.flatMap(textNodes) : [];
}

describe('paste from Word', () => {
  const { editor } = createTestEditor();
  const state = paste(editor, WORD_HTML);

  it('keeps headings (at section level), paragraphs and Word lists as real nested lists', () => {
    expect(state.root.children.map(outline)).toEqual([
      { h2: 'Norm 13 (a): Cooperation among States' },
      'The Republic of Examplia works with regional partners and civil society.',
      {
        bullet: [
          'National CERT established in 2019',
          'Points of contact designated',
          { bullet: ['Regional exercise held in 2023'] },
        ],
      },
      'Priorities for the next cycle:',
      { number: ['Capacity building', 'Information sharing'] },
      ['See ', { link: 'https://cert.examplia.example/report', text: 'the annual report' }, ' and the internal draft.'],
    ]);
  });

  it('keeps bold, italic and underline', () => {
    const runs = textNodes(state.root.children[1] as SerializedNode).filter((run) => run.format !== 0);
    expect(runs).toEqual([
      { text: 'Republic of Examplia', format: 1 },
      { text: 'regional partners', format: 2 },
      { text: 'civil society', format: 8 },
    ]);
  });

  it('recognises Word lists even when the clipboard names Word only by its ProgId', () => {
    const { editor } = createTestEditor();
    const withoutGenerator = WORD_HTML.replace(/<meta name=(Generator|Originator)[^>]*>/g, '');
    expect(paste(editor, withoutGenerator).root.children.map(outline)[2]).toEqual({
      bullet: [
        'National CERT established in 2019',
        'Points of contact designated',
        { bullet: ['Regional exercise held in 2023'] },
      ],
    });
  });

  it('drops the local images and the file: link', () => {
    const json = JSON.stringify(state);
    expect(json).not.toMatch(/clip_image|file:|draft\.docx|imagedata/);
  });
});

describe('paste from LibreOffice', () => {
  it('keeps a lettered list as a lettered list', () => {
    const { editor } = createTestEditor();
    const state = paste(editor, LIBREOFFICE_HTML);
    expect(state.root.children.map(outline)).toEqual([
      { h2: 'Institutions' },
      { lettered: ['a national authority,', 'a point of contact,'] },
      { bullet: ['an incident register'] },
    ]);
  });
});

describe('paste from a web word processor', () => {
  it('keeps bold, italic and underline given only as inline styles', () => {
    const { editor } = createTestEditor();
    const state = paste(editor, STYLED_SPANS_HTML);
    expect(state.root.children.flatMap((block) => textNodes(block as SerializedNode))).toEqual([
      { text: 'Points of contact', format: 1 },
      { text: ' are listed in the ', format: 0 },
      { text: 'annex', format: 2 },
      { text: ', updated yearly', format: 8 },
      { text: '.', format: 0 },
    ]);
  });
});

describe('paste from a hostile page', () => {
  const { editor } = createTestEditor();
  const state = paste(editor, HOSTILE_HTML);
  const json = JSON.stringify(state);

  it('stores only the text, the safe link and the heading', () => {
    expect(state.root.children.map(outline)).toEqual([
      ['Click here, there, data, file, basic or ', { link: 'https://safe.example/guide', text: 'the guide' }, '.'],
      { h3: 'Closing remarks' },
    ]);
  });

  it('stores nothing that could run, load or style', () => {
    for (const unsafe of [
      'javascript',
      'alert',
      'vbscript',
      'data:',
      'file:',
      'tracker',
      'evil',
      'onclick',
      'stolen',
      'typed secret',
      'color',
      '_blank',
      'opener',
    ]) {
      expect(json).not.toContain(unsafe);
    }
    expect(json).not.toMatch(/"format":"right"/);
  });
});

describe('paste into footnote text', () => {
  it('keeps text, formats and links but turns headings and lists into paragraphs', () => {
    const { editor } = createTestEditor();
    let json = '';
    editor.update(
      () => {
        $getRoot().clear().selectEnd();
        const note = $insertFootnote().getNote();
        note.update(
          () =>
            $getRoot()
              .clear()
              .append(...$importHtml(LIBREOFFICE_HTML + WORD_HTML, 'note')),
          { discrete: true },
        );
        json = JSON.stringify(note.getEditorState().toJSON());
      },
      { discrete: true },
    );
    const note = JSON.parse(json) as SerializedEditorState;
    expect(new Set(note.root.children.map((block) => block.type))).toEqual(new Set(['paragraph']));
    expect(json).toContain('"url":"https://cert.examplia.example/report"');
    expect(json).toContain('a national authority,');
  });
});
