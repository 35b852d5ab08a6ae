// @vitest-environment jsdom
import { $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedEditorState } from '../../../../shared/model/lexical-json';
import { sectionWordCount } from '../../../../shared/model/words';
import { createTestEditor } from '../testing';
import { $createFootnoteNode } from './FootnoteNode';

const text = (value: string, format = 0) =>
  ({ type: 'text', version: 1, text: value, format, style: '', mode: 'normal', detail: 0 }) as const;
const paragraph = (children: SerializedEditorState['root']['children']) =>
  ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children,
  }) as const;
const root = (children: SerializedEditorState['root']['children']): SerializedEditorState => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children },
});

const withFootnote: SerializedEditorState = root([
  paragraph([
    text('The Republic of Examplia adopted its national cyber strategy in 2024.'),
    {
      type: 'footnote',
      version: 1,
      note: root([
        paragraph([
          text('Ministry of Digital Affairs of Examplia, '),
          text('National Cyber Strategy', 2),
          text(', available at '),
          {
            type: 'link',
            version: 1,
            url: 'https://digital.examplia.example/strategy',
            rel: null,
            target: null,
            title: null,
            direction: null,
            format: '',
            indent: 0,
            children: [text('digital.examplia.example')],
          },
          text('.'),
        ]),
      ]),
    },
    text(' It sets out four pillars.'),
  ]),
]);

describe('FootnoteNode', () => {
  it('round-trips the stored footnote JSON unchanged, footnote text included', () => {
    const { editor } = createTestEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(withFootnote)));
    expect(JSON.parse(JSON.stringify(editor.getEditorState().toJSON()))).toEqual(withFootnote);
  });

  it('opens a footnote without building its editor, and still saves, counts and edits its text', () => {
    const { editor, registry } = createTestEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(withFootnote)));
    const [entry] = registry.getEntries();
    expect(entry?.note.built()).toBeNull();
    // The body is edited while the footnote stays unopened: what is saved keeps the footnote's text.
    editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode(' And a fifth.')), {
      discrete: true,
    });
    const saved = JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as SerializedEditorState;
    expect(JSON.stringify(saved)).toContain('Ministry of Digital Affairs of Examplia');
    expect(sectionWordCount(saved)).toBe(sectionWordCount(withFootnote) + 3);
    expect(entry?.note.built()).toBeNull();
    // Opened for writing: its editor holds the stored text, and what is typed there is saved.
    entry?.note
      .get()
      .update(() => $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode(' Page 12.')), {
        discrete: true,
      });
    expect(JSON.stringify(editor.getEditorState().toJSON())).toContain('"text":". Page 12."');
    expect(entry?.note.get().read(() => $getRoot().getTextContent())).toBe(
      'Ministry of Digital Affairs of Examplia, National Cyber Strategy, available at digital.examplia.example. Page 12.',
    );
  });

  it('gives a new footnote one empty paragraph of text', () => {
    const { editor } = createTestEditor();
    let json: unknown;
    editor.update(() => (json = JSON.parse(JSON.stringify($createFootnoteNode().exportJSON()))), { discrete: true });
    expect(json).toEqual({ type: 'footnote', version: 1, note: root([paragraph([])]) });
  });

  it('refuses a footnote inside footnote text', () => {
    const { editor } = createTestEditor();
    const nested = root([paragraph([{ type: 'footnote', version: 1, note: root([paragraph([text('Inner')])]) }])]);
    const outer = root([paragraph([text('Body'), { type: 'footnote', version: 1, note: nested }])]);
    expect(() => editor.parseEditorState(JSON.stringify(outer))).toThrow();
  });
});
