import { describe, expect, it } from 'vitest';
import { passesNodeSchemaFast } from './editor-fast-check';
import { NODE_SCHEMAS, type StoredNodeType } from './editor-nodes';
import { emptyEditorState, footnoteNode, headingNode, paragraphNode, textNode } from './empty';
import { bullets, lettered, link } from '../../test/fixtures/content';
import { commented, deleted, inserted } from '../../test/fixtures/draft-under-review';

type Node = Record<string, unknown>;

const item = (): Node => ({ ...(bullets(['one']).children[0] as unknown as Node) });
const SAMPLES: Node[] = [
  textNode('Examplia', 3) as unknown as Node,
  paragraphNode([textNode('x')], 1) as unknown as Node,
  { ...paragraphNode([]), textStyle: 'font-weight: bold', direction: 'rtl', format: 'center', indent: 3 },
  headingNode('h2', [textNode('Heading')]) as unknown as Node,
  bullets(['a']) as unknown as Node,
  { ...item(), checked: true },
  link('https://example.org/a', 'a link') as unknown as Node,
  lettered(['a']) as unknown as Node,
  { ...textNode('x'), $: { mark: 'y', count: 2, on: true, none: null } },
  emptyEditorState().root as unknown as Node,
  footnoteNode(['See the law.']) as unknown as Node,
  { ...paragraphNode([textNode('quoted')]), type: 'quote' },
  { ...(link('https://example.org/b') as unknown as Node), type: 'autolink', isUnlinked: false },
  { type: 'tab', version: 1, text: '\t', format: 0, style: '', mode: 'normal', detail: 2 },
  { type: 'tab', version: 1 },
  { type: 'linebreak', version: 1 },
  { type: 'field', version: 1, fieldId: 'submitter', format: 1 },
  inserted('s1', 'added') as unknown as Node,
  deleted('s2', 'removed') as unknown as Node,
  commented('c1 c2', 'commented') as unknown as Node,
];

const tooManyEntries = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, i]));
const BAD_VALUES: unknown[] = [
  undefined,
  null,
  -1,
  1.5,
  2 ** 60,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x'.repeat(5_000),
  true,
  [],
  {},
  'ltr',
  'h9',
  0xffff + 1,
  { listStyle: ['a'] },
  { ['k'.repeat(65)]: 1 },
  tooManyEntries,
  { x: Number.NaN },
  { x: {} },
];

/** Every way to spoil one field of a valid node: other values, the field removed, an extra field. */
function variants(node: Node): Node[] {
  const out: Node[] = [];
  for (const key of Object.keys(node)) {
    for (const bad of BAD_VALUES) out.push({ ...node, [key]: bad });
    const { [key]: _removed, ...rest } = node;
    out.push(rest);
  }
  out.push({ ...node, onClick: 'x' }, { ...node, $: { listStyle: 'lower-alpha' } });
  return out;
}

const schemaAccepts = (node: Node) => NODE_SCHEMAS[node.type as StoredNodeType]?.safeParse(node).success ?? false;

describe('passesNodeSchemaFast', () => {
  it('has samples of every stored node type', () => {
    expect(new Set(SAMPLES.map((node) => node.type))).toEqual(new Set(Object.keys(NODE_SCHEMAS)));
  });

  it('accepts the common shapes the editor stores, as their schemas do', () => {
    for (const node of SAMPLES) {
      expect(schemaAccepts(node)).toBe(true);
      expect(passesNodeSchemaFast(node)).toBe(true);
    }
  });

  it('never accepts a node its schema rejects', () => {
    let rejected = 0;
    for (const node of SAMPLES) {
      for (const variant of variants(node)) {
        if (schemaAccepts(variant)) continue;
        rejected += 1;
        expect(passesNodeSchemaFast(variant), JSON.stringify(variant).slice(0, 200)).toBe(false);
      }
    }
    expect(rejected).toBeGreaterThan(500);
  });
});
