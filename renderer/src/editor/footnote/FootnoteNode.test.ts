// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { SerializedEditorState } from '../../../../shared/model/lexical-json';
import { createTestEditor } from '../testing';
import { $createFootnoteNode } from './FootnoteNode';

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, style: '', mode: 'normal', detail: 0 }) as const;
const paragraph = (children: SerializedEditorState['root']['children']) =>
  ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children }) as const;
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
