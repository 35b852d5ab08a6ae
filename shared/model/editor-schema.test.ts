import { describe, expect, it } from 'vitest';
import { editorStateSchema, validateEditorState, EDITOR_LIMITS } from './editor-schema';
import { emptyEditorState, footnoteNode, paragraphNode, rootState, textNode } from './empty';
import { bullets, doc, lettered, link, note, para } from '../../test/fixtures/content';
import type { SerializedList, SerializedListItem, SerializedNode } from './lexical-json';

function nestInFirstItem(outer: SerializedList, inner: SerializedList): SerializedList {
  (outer.children[0] as SerializedListItem).children.push(inner);
  return outer;
}

const messages = (value: unknown) => validateEditorState(value).map((issue) => issue.message);

describe('editorStateSchema', () => {
  it('accepts what the editor stores: paragraphs, links, lists, lettered lists, footnotes with links', () => {
    const content = doc(
      para('Text ', link('https://example.org', 'a link'), note('See ', link('https://example.org/law'))),
      bullets(['one'], ['two']),
      lettered(['first'], ['second']),
    );
    expect(editorStateSchema.safeParse(content).success).toBe(true);
    expect(editorStateSchema.safeParse(emptyEditorState()).success).toBe(true);
  });

  it('accepts a tab node as Lexical writes it, and a nested list', () => {
    const tab = {
      type: 'tab',
      version: 1,
      text: '\t',
      format: 0,
      style: '',
      mode: 'normal',
      detail: 2,
    } as SerializedNode;
    const nested = nestInFirstItem(bullets(['outer']), bullets(['inner']));
    expect(validateEditorState(doc(para('a', tab, 'b'), nested))).toEqual([]);
  });

  it('rejects an unknown node type with the path to it', () => {
    const content = doc(para('x'));
    (content.root.children as unknown[]).push({ type: 'image', version: 1, src: 'file:///etc/passwd' });
    const issues = validateEditorState(content);
    expect(issues[0]).toEqual({ path: ['root', 'children', 1], message: 'Unknown content node type "image"' });
  });

  it('rejects unknown keys and wrong types inside a node', () => {
    const withExtra = { root: { ...emptyEditorState().root, onClick: 'x' } };
    expect(messages(withExtra)[0]).toMatch(/Unrecognized key.*onClick/);
    const wrongType = doc(para({ ...textNode('x'), format: 'bold' } as unknown as SerializedNode));
    expect(validateEditorState(wrongType)[0]!.path).toEqual(['root', 'children', 0, 'children', 0, 'format']);
  });

  it('rejects a node in a place it cannot appear', () => {
    expect(messages(rootState([textNode('loose text')]))).toEqual(['A "text" node is not allowed here']);
    expect(messages(doc(para(paragraphNode())))).toEqual(['A "paragraph" node is not allowed here']);
  });

  it('rejects a footnote inside a footnote', () => {
    const inner = footnoteNode(['inner']);
    const outer = note('outer', inner);
    expect(messages(doc(para('x', outer)))).toEqual(['A footnote cannot contain another footnote']);
  });

  it('rejects prototype keys, also inside NodeState', () => {
    const proto = JSON.parse(
      '{"root":{"type":"root","version":1,"children":[],"direction":null,"format":"","indent":0,"__proto__":{"polluted":true}}}',
    );
    expect(messages(proto)).toEqual(['Forbidden key "__proto__"']);
    const list = lettered(['a']);
    list.$ = JSON.parse('{"constructor": {"prototype": 1}}');
    expect(messages(doc(list))).toEqual(['Forbidden key "constructor"']);
  });

  it('rejects content nested deeper than the limit', () => {
    let list = bullets(['deepest']);
    for (let level = 0; level < EDITOR_LIMITS.maxDepth; level++) {
      list = nestInFirstItem(bullets(['level']), list);
    }
    expect(messages(doc(list))[0]).toMatch(/nested too deeply/);
  });

  it('rejects an oversized text node and too much text in total', () => {
    expect(messages(doc(para('x'.repeat(EDITOR_LIMITS.maxTextNodeChars + 1))))[0]).toMatch(/Too big/);
    const chunk = 'y'.repeat(EDITOR_LIMITS.maxTextNodeChars);
    const paragraphs = Array.from({ length: EDITOR_LIMITS.maxTotalChars / EDITOR_LIMITS.maxTextNodeChars + 1 }, () =>
      para(chunk),
    );
    expect(messages(doc(...paragraphs))).toEqual([
      `Content is too long (more than ${EDITOR_LIMITS.maxTotalChars} characters)`,
    ]);
  });

  it('rejects values that are not editor states', () => {
    for (const value of [null, 'text', [], { root: null }, { root: emptyEditorState().root, extra: 1 }]) {
      expect(editorStateSchema.safeParse(value).success).toBe(false);
    }
  });
});
