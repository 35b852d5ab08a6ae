// One descriptor per stored content node type: its fields (as zod schema and fast check at once,
// see fields.ts), where it may sit, what its children may be and, for leaves, its plain text.
// Everything else is derived: StoredNodeType, NODE_SCHEMAS and ALLOWED_CHILDREN
// (editor-nodes.ts), the fast check (editor-fast-check.ts), plain text (text.ts). A new node type
// is one entry below plus its JSON interface in lexical-json.ts (checked to agree); the compiler
// then asks for its Word export (shared/docx/inline.ts) and its import (shared/import/lexical.ts).
import type { z } from 'zod';
import { fieldText, type FieldTexts } from '../field-texts';
import { EDITOR_LIMITS } from './limits';
import {
  bool,
  children,
  int,
  literal,
  nodeState,
  nullable,
  oneOf,
  optional,
  text,
  walkedLater,
  type Fields,
  type SchemaShape,
} from './fields';

/**
 * The places a node can take, named by what holds them: `block` a section's root, `note-block`
 * a footnote's root, `inline` a paragraph, heading, quote or list item, `link-text` a link,
 * `commented-text` a comment range, `suggested-text` a suggestion, `list-item` a list,
 * `nested-list` a list item (beside its inline content).
 */
export type Place =
  'block' | 'note-block' | 'inline' | 'link-text' | 'commented-text' | 'suggested-text' | 'list-item' | 'nested-list';

/** A stored node as its fields declare it (children and note not walked). */
export type FieldValues<F extends Fields> = z.output<z.ZodObject<SchemaShape<F>>>;

export interface NodeDescriptor<T extends string = string, F extends Fields = Fields> {
  readonly type: T;
  /** Every field but `type`. */
  readonly fields: F;
  /** Where the node may appear (the root appears only as an editor state's root). */
  readonly in: readonly Place[];
  /** For elements, the places their children take; empty for leaves. */
  readonly holds: readonly Place[];
  /** For leaves, the node's contribution to plain text (search, word counts, direction); `fields` are the draft's field texts. */
  readonly text?: (node: FieldValues<F>, fields?: FieldTexts) => string;
  /** Characters the node's own fields add to the section's size limit (EDITOR_LIMITS.maxTotalChars). */
  readonly chars?: (node: FieldValues<F>) => number;
}

const base = { version: int(1, 1_000), $: optional(nodeState()) };

const ELEMENT = {
  ...base,
  children: children(EDITOR_LIMITS.maxChildren),
  direction: nullable(oneOf('ltr', 'rtl')),
  format: oneOf('', 'left', 'start', 'center', 'right', 'end', 'justify'),
  indent: int(0, EDITOR_LIMITS.maxIndent),
  textFormat: optional(int(0, 0xffff)),
  textStyle: optional(text(1_000)),
};

const TEXT_FIELDS = {
  text: text(EDITOR_LIMITS.maxTextNodeChars),
  format: int(0, 0xffff),
  style: text(1_000),
  mode: oneOf('normal', 'token', 'segmented'),
  detail: int(0, 0xff),
};

const LINK_FIELDS = {
  url: text(EDITOR_LIMITS.maxUrlChars),
  rel: optional(nullable(text(500))),
  target: optional(nullable(text(500))),
  title: optional(nullable(text(500))),
};

function element<const T extends string, const F extends Fields = Record<never, never>>(
  type: T,
  places: { in: readonly Place[]; holds: readonly Place[] },
  extra: F = {} as F,
  chars?: (node: FieldValues<typeof ELEMENT & F>) => number,
): NodeDescriptor<T, typeof ELEMENT & F> {
  return { type, fields: { ...ELEMENT, ...extra }, in: places.in, holds: places.holds, chars };
}

function leaf<const T extends string, const F extends Fields>(
  type: T,
  places: { in: readonly Place[] },
  fields: F,
  plainText?: (node: FieldValues<typeof base & F>, fields?: FieldTexts) => string,
  chars?: (node: FieldValues<typeof base & F>) => number,
): NodeDescriptor<T, typeof base & F> {
  return { type, fields: { ...base, ...fields }, in: places.in, holds: [], text: plainText, chars };
}

const INLINE_LEAF: readonly Place[] = ['inline', 'link-text', 'commented-text', 'suggested-text'];
/** Longest id of a suggestion or a comment (shared/review/model.ts). */
const REVIEW_ID_CHARS = 64;

export const NODE_DESCRIPTORS = [
  element('root', { in: [], holds: ['block'] }),
  element('paragraph', { in: ['block', 'note-block'], holds: ['inline'] }),
  element('heading', { in: ['block'], holds: ['inline'] }, { tag: oneOf('h1', 'h2', 'h3', 'h4', 'h5', 'h6') }),
  element('quote', { in: ['block'], holds: ['inline'] }),
  /** A lettered list is a number list with NodeState `listStyle: lower-alpha` (lexical-json.ts). */
  element(
    'list',
    { in: ['block', 'nested-list'], holds: ['list-item'] },
    {
      listType: oneOf('bullet', 'number', 'check'),
      start: int(0, EDITOR_LIMITS.maxListNumber),
      tag: oneOf('ul', 'ol'),
    },
  ),
  element(
    'listitem',
    { in: ['list-item'], holds: ['inline', 'nested-list'] },
    { value: int(0, EDITOR_LIMITS.maxListNumber), checked: optional(bool()) },
  ),
  element('link', { in: ['inline'], holds: ['link-text'] }, LINK_FIELDS, (node) => node.url.length),
  element(
    'autolink',
    { in: ['inline'], holds: ['link-text'] },
    { ...LINK_FIELDS, isUnlinked: optional(bool()) },
    (node) => node.url.length,
  ),
  // Only text and link addresses count toward the size limit: a tab or a break is one node.
  leaf(
    'text',
    { in: INLINE_LEAF },
    TEXT_FIELDS,
    (node) => node.text,
    (node) => node.text.length,
  ),
  // Lexical writes a tab as a text node holding "\t"; the text fields may be omitted.
  leaf(
    'tab',
    { in: INLINE_LEAF },
    {
      text: optional(literal('\t')),
      format: optional(TEXT_FIELDS.format),
      style: optional(TEXT_FIELDS.style),
      mode: optional(TEXT_FIELDS.mode),
      detail: optional(TEXT_FIELDS.detail),
    },
    () => '\t',
  ),
  leaf('linebreak', { in: INLINE_LEAF }, {}, () => '\n'),
  // The note is an editor state of its own, walked by the validator; its text is not inline text.
  // A suggested deletion may hold a reference: accepting it deletes the footnote, rejecting keeps it.
  leaf('footnote', { in: ['inline', 'suggested-text'] }, { note: walkedLater() }, () => ''),
  // A draft field shown in the text (field-texts.ts): only its id is stored, its text is the draft's current value.
  leaf('field', { in: INLINE_LEAF }, { fieldId: text(40), format: TEXT_FIELDS.format }, (node, fields) =>
    fieldText(node.fieldId, fields),
  ),
  // Review data in the text (shared/review/): a suggested insertion or deletion wrapping the words
  // it concerns, and the words a comment is on. They hold text only, so they move with it while
  // it is edited; the public projection removes them (an insertion is not in the text until accepted).
  // Neither nests in itself (overlapping comments share one range's ids) and a suggestion may sit
  // in a comment range, not the reverse: content stays at most two levels deeper than without them.
  element(
    'suggestion',
    { in: ['inline', 'link-text', 'commented-text'], holds: ['suggested-text'] },
    { kind: oneOf('insert', 'delete'), suggestionId: text(REVIEW_ID_CHARS) },
  ),
  element(
    'comment-range',
    { in: ['inline', 'link-text'], holds: ['commented-text'] },
    { commentIds: text(REVIEW_ID_CHARS * 20) },
  ),
] as const;

export type StoredNodeDescriptor = (typeof NODE_DESCRIPTORS)[number];
export type StoredNodeType = StoredNodeDescriptor['type'];

const BY_TYPE: ReadonlyMap<string, NodeDescriptor> = new Map(
  NODE_DESCRIPTORS.map((descriptor) => [descriptor.type, descriptor as NodeDescriptor]),
);

export function isStoredNodeType(type: unknown): type is StoredNodeType {
  return typeof type === 'string' && BY_TYPE.has(type);
}

/** The descriptor of a stored node type; undefined for any other string. */
export function descriptorOf(type: string): NodeDescriptor | undefined {
  return BY_TYPE.get(type);
}
