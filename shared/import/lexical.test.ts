import { describe, expect, it } from 'vitest';
import { editorStateSchema } from '../model/schema';
import type { SerializedList } from '../model/lexical-json';
import { emptyIrDocument, type Block } from './ir';
import { LexicalWriter } from './lexical';
import { WarningLog } from './warnings';

function write(blocks: Block[], footnotes: Record<string, string> = {}) {
  const doc = emptyIrDocument();
  for (const [id, text] of Object.entries(footnotes)) doc.footnotes.set(id, [[{ kind: 'text', text }]]);
  const log = new WarningLog();
  const writer = new LexicalWriter(doc, log);
  const state = writer.state(writer.blocks(blocks));
  return { state, writer, warnings: log.list() };
}

const item = (text: string): Block[] => [{ kind: 'paragraph', inlines: [{ kind: 'text', text }] }];

describe('intermediate blocks to stored Lexical JSON', () => {
  it('writes formats, links and footnotes in the stored shape the schema accepts', () => {
    const { state, writer } = write(
      [
        { kind: 'heading', level: 3, inlines: [{ kind: 'text', text: 'Sub-heading' }] },
        {
          kind: 'paragraph',
          inlines: [
            { kind: 'text', text: 'Lead:', bold: true },
            { kind: 'text', text: ' body ', italic: true, underline: true },
            { kind: 'link', url: 'https://example.org/', children: [{ kind: 'text', text: 'link' }] },
            { kind: 'footnote', id: 'n1' },
            { kind: 'break' },
          ],
        },
        { kind: 'quote', blocks: item('quoted') },
      ],
      { n1: 'The note.' },
    );
    expect(editorStateSchema.safeParse(state).success).toBe(true);
    const [heading, paragraph, quote] = state.root.children;
    expect(heading).toMatchObject({ type: 'heading', tag: 'h3' });
    expect(quote).toMatchObject({ type: 'quote' });
    expect(paragraph).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Lead:', format: 1 },
        { type: 'text', text: ' body ', format: 2 | 8 },
        { type: 'link', url: 'https://example.org/', children: [{ type: 'text', text: 'link' }] },
        {
          type: 'footnote',
          version: 1,
          note: {
            root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'The note.' }] }] },
          },
        },
        { type: 'linebreak' },
      ],
    });
    expect(writer.footnoteCount).toBe(1);
  });

  it('writes lettered lists as number lists with listStyle lower-alpha, nested as Lexical nests them', () => {
    const { state } = write([
      {
        kind: 'list',
        list: 'lettered',
        start: 1,
        items: [item('a'), [...item('b'), { kind: 'list', list: 'bullet', start: 1, items: [item('b1')] }], item('c')],
      },
    ]);
    expect(editorStateSchema.safeParse(state).success).toBe(true);
    const list = state.root.children[0] as SerializedList;
    expect(list).toMatchObject({
      type: 'list',
      listType: 'number',
      tag: 'ol',
      start: 1,
      $: { listStyle: 'lower-alpha' },
    });
    expect(
      list.children.map((child) => [
        child.type === 'listitem' && child.value,
        child.type === 'listitem' && child.children[0]?.type,
      ]),
    ).toEqual([
      [1, 'text'],
      [2, 'text'],
      [3, 'list'],
      [3, 'text'],
    ]);
    expect(list.children[2]).toMatchObject({
      children: [{ type: 'list', listType: 'bullet', children: [{ type: 'listitem', indent: 1 }] }],
    });
  });

  it('keeps a mark without a note as text, and a note inside a note as text, with warnings', () => {
    const doc = emptyIrDocument();
    doc.footnotes.set('outer', [
      [
        { kind: 'text', text: 'Outer ' },
        { kind: 'footnote', id: 'inner' },
      ],
    ]);
    doc.footnotes.set('inner', [[{ kind: 'text', text: 'Inner' }]]);
    doc.footnoteLabels.set('inner', '2');
    doc.footnoteLabels.set('missing', '9');
    const log = new WarningLog();
    const writer = new LexicalWriter(doc, log);
    const state = writer.state(
      writer.blocks([
        {
          kind: 'paragraph',
          inlines: [
            { kind: 'footnote', id: 'outer' },
            { kind: 'footnote', id: 'missing' },
          ],
        },
      ]),
    );
    expect(editorStateSchema.safeParse(state).success).toBe(true);
    expect(JSON.stringify(state)).toContain('"text":"[2]"');
    expect(JSON.stringify(state)).toContain('"text":"[9]"');
    expect(log.list().map((w) => w.code)).toEqual(['nested-footnote-flattened', 'footnote-missing']);
  });

  it('flattens lists nested deeper than the stored format allows', () => {
    let deep: Block = { kind: 'list', list: 'bullet', start: 1, items: [item('leaf')] };
    for (let i = 0; i < 30; i++)
      deep = { kind: 'list', list: 'bullet', start: 1, items: [[...item(`level ${i}`), deep]] };
    const { state } = write([deep]);
    expect(editorStateSchema.safeParse(state).success).toBe(true);
    expect(JSON.stringify(state)).toContain('leaf');
  });
});

describe('content the stored format cannot hold as it is', () => {
  const nestedList = (depth: number): Block => ({
    kind: 'list',
    list: 'bullet',
    start: 1,
    items: [[...item(`level ${depth}`), ...(depth < 10 ? [nestedList(depth + 1)] : [])]],
  });

  it('flattens lists nested deeper than 8 levels into their parent item and reports it, keeping every word', () => {
    const { state, warnings } = write([nestedList(1)]);
    expect(editorStateSchema.safeParse(state).success).toBe(true);
    expect(JSON.stringify(state)).toContain('level 10');
    expect(warnings).toEqual([{ code: 'nesting-flattened', params: { count: 1 } }]);
  });

  it('reports lists and quotes inside a quote, which becomes their paragraphs', () => {
    const { warnings } = write([
      {
        kind: 'quote',
        blocks: [
          ...item('a'),
          { kind: 'list', list: 'bullet', start: 1, items: [item('b')] },
          { kind: 'quote', blocks: item('c') },
        ],
      },
    ]);
    expect(warnings).toEqual([{ code: 'nesting-flattened', params: { count: 2 } }]);
  });

  it('splits a run longer than a text node may be into nodes of the same format, losing nothing', () => {
    const text = `${'Examplia '.repeat(50_000)}😀`;
    const { state, warnings } = write([{ kind: 'paragraph', inlines: [{ kind: 'text', text, bold: true }] }]);
    expect(editorStateSchema.safeParse(state).success).toBe(true);
    const paragraph = state.root.children[0] as { children: Array<{ text: string; format: number }> };
    expect(paragraph.children.length).toBeGreaterThan(1);
    expect(paragraph.children.map((node) => node.text).join('')).toBe(text);
    expect(new Set(paragraph.children.map((node) => node.format)).size).toBe(1);
    expect(warnings).toEqual([]);
  });
});
