// A fast yes for the node shapes the editor writes most (root, text, paragraph, list item,
// list, link, heading, footnote): the same rules as their zod schemas in editor-nodes.ts,
// checked by hand. It only ever says "valid" or "ask zod": anything unusual (a missing or extra
// field, a value out of range) goes to the schema, which then gives its usual message. Running
// every one of a 60,000-word draft's ~15,000 nodes through zod took most of opening it (bench/).
import { EDITOR_LIMITS } from './editor-nodes';

type Fields = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const int = (min: number, max: number): Check => (v) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const str = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
const oneOf = (...allowed: unknown[]): Check => (v) => allowed.includes(v);
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const optionalText = optional((v) => v === null || str(500)(v));

/** NodeState (`$`): at most 16 entries of short keys and simple values. */
const MAX_STATE_ENTRIES = 16;
const stateValue: Check = (v) => v === null || typeof v === 'boolean' || Number.isFinite(v) || str(1_000)(v);
const nodeState: Check = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const keys = Object.keys(v);
  return keys.length <= MAX_STATE_ENTRIES && keys.every((key) => key.length <= 64 && stateValue((v as Fields)[key]));
};

const ELEMENT: Record<string, Check> = {
  version: int(1, 1_000),
  $: optional(nodeState),
  children: (v) => Array.isArray(v) && v.length <= EDITOR_LIMITS.maxChildren,
  direction: oneOf('ltr', 'rtl', null),
  format: oneOf('', 'left', 'start', 'center', 'right', 'end', 'justify'),
  indent: int(0, EDITOR_LIMITS.maxIndent),
  textFormat: optional(int(0, 0xffff)),
  textStyle: optional(str(1_000)),
};
const ELEMENT_OPTIONAL = ['$', 'textFormat', 'textStyle'];

interface Shape {
  fields: Record<string, Check>;
  optional: readonly string[];
}

const element = (type: string, extra: Record<string, Check> = {}, extraOptional: string[] = []): Shape => ({
  fields: { ...ELEMENT, ...extra, type: oneOf(type) },
  optional: [...ELEMENT_OPTIONAL, ...extraOptional],
});

const SHAPES: Record<string, Shape> = {
  text: {
    fields: {
      version: int(1, 1_000),
      $: optional(nodeState),
      text: str(EDITOR_LIMITS.maxTextNodeChars),
      format: int(0, 0xffff),
      style: str(1_000),
      mode: oneOf('normal', 'token', 'segmented'),
      detail: int(0, 0xff),
      type: oneOf('text'),
    },
    optional: ['$'],
  },
  // The note itself is checked by the walker as an editor state of its own.
  footnote: { fields: { version: int(1, 1_000), $: optional(nodeState), type: oneOf('footnote'), note: (v) => v !== undefined }, optional: ['$'] },
  root: element('root'),
  paragraph: element('paragraph'),
  listitem: element('listitem', { value: int(0, EDITOR_LIMITS.maxListNumber), checked: optional((v) => typeof v === 'boolean') }, ['checked']),
  list: element('list', { listType: oneOf('bullet', 'number', 'check'), start: int(0, EDITOR_LIMITS.maxListNumber), tag: oneOf('ul', 'ol') }),
  link: element('link', { url: str(EDITOR_LIMITS.maxUrlChars), rel: optionalText, target: optionalText, title: optionalText }, ['rel', 'target', 'title']),
  heading: element('heading', { tag: oneOf('h1', 'h2', 'h3', 'h4', 'h5', 'h6') }),
};

/** True only when the node certainly passes its schema in editor-nodes.ts (children not included). */
export function passesNodeSchemaFast(node: Fields): boolean {
  const shape = typeof node.type === 'string' && Object.hasOwn(SHAPES, node.type) ? SHAPES[node.type] : undefined;
  if (!shape) return false;
  const keys = Object.keys(node);
  for (const key of keys) {
    const check = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
    if (!check || !check(node[key])) return false;
  }
  // Every required field is there (the loop already refused unknown ones).
  const optionalPresent = shape.optional.filter((key) => Object.hasOwn(node, key)).length;
  return keys.length - optionalPresent === Object.keys(shape.fields).length - shape.optional.length;
}
