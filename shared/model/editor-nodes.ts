// Strict zod schemas for each Lexical node type we store, WITHOUT their children: the walker in
// editor-schema.ts recurses itself, so it can limit depth and size and check which node may
// sit inside which. Field sets match what Lexical 0.52 exports (full, non-compact form).
import { z } from 'zod';

export const EDITOR_LIMITS = {
  /** Nesting of nodes, counting the root and footnote notes (nested lists need some room). */
  maxDepth: 40,
  maxNodes: 250_000,
  maxChildren: 50_000,
  /** Characters in one text node. */
  maxTextNodeChars: 200_000,
  /** Characters of text and URLs in one editor state (a long section is ~500,000). */
  maxTotalChars: 4_000_000,
  maxUrlChars: 4_096,
  /** The `indent` field of a block (Lexical's indentation steps). */
  maxIndent: 20,
  /** The highest number a numbered list's start or an item's value may be. */
  maxListNumber: 1_000_000,
} as const;

/**
 * Levels the contents of a list item can take below the item itself, at most: a footnote
 * reference, the root and a paragraph of its text, a link in that paragraph and the link's text.
 */
const LIST_ITEM_CONTENT_DEPTH = 5;
/** Levels above the first list item: the root and the list. */
const LIST_ITEM_BASE_DEPTH = 3;

/**
 * The deepest list indentation the schema accepts whatever the item holds (0 = not nested):
 * each level adds a list and a list item, so the depth limit bounds it. The editor stops Tab and
 * flattens pasted lists here, so it never makes a list storage refuses.
 */
export const MAX_LIST_INDENT = Math.min(
  EDITOR_LIMITS.maxIndent,
  Math.floor((EDITOR_LIMITS.maxDepth - LIST_ITEM_BASE_DEPTH - LIST_ITEM_CONTENT_DEPTH) / 2),
);

const version = z.int().min(1).max(1_000);
const nodeState = z
  .record(z.string().max(64), z.union([z.string().max(1_000), z.number(), z.boolean(), z.null()]))
  .refine((record) => Object.keys(record).length <= 16, 'Too many NodeState entries (at most 16)');

const children = z.array(z.unknown()).max(EDITOR_LIMITS.maxChildren);

const element = {
  version,
  $: nodeState.optional(),
  children,
  direction: z.enum(['ltr', 'rtl']).nullable(),
  format: z.enum(['', 'left', 'start', 'center', 'right', 'end', 'justify']),
  indent: z.int().min(0).max(EDITOR_LIMITS.maxIndent),
  textFormat: z.int().min(0).max(0xffff).optional(),
  textStyle: z.string().max(1_000).optional(),
};

const textFields = {
  version,
  $: nodeState.optional(),
  text: z.string().max(EDITOR_LIMITS.maxTextNodeChars),
  format: z.int().min(0).max(0xffff),
  style: z.string().max(1_000),
  mode: z.enum(['normal', 'token', 'segmented']),
  detail: z.int().min(0).max(0xff),
};

const optionalText = z.string().max(500).nullable().optional();

export const NODE_SCHEMAS = {
  root: z.strictObject({ ...element, type: z.literal('root') }),
  paragraph: z.strictObject({ ...element, type: z.literal('paragraph') }),
  heading: z.strictObject({ ...element, type: z.literal('heading'), tag: z.enum(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) }),
  quote: z.strictObject({ ...element, type: z.literal('quote') }),
  list: z.strictObject({
    ...element,
    type: z.literal('list'),
    listType: z.enum(['bullet', 'number', 'check']),
    start: z.int().min(0).max(EDITOR_LIMITS.maxListNumber),
    tag: z.enum(['ul', 'ol']),
  }),
  listitem: z.strictObject({ ...element, type: z.literal('listitem'), value: z.int().min(0).max(EDITOR_LIMITS.maxListNumber), checked: z.boolean().optional() }),
  link: z.strictObject({
    ...element,
    type: z.literal('link'),
    url: z.string().max(EDITOR_LIMITS.maxUrlChars),
    rel: optionalText,
    target: optionalText,
    title: optionalText,
  }),
  autolink: z.strictObject({
    ...element,
    type: z.literal('autolink'),
    url: z.string().max(EDITOR_LIMITS.maxUrlChars),
    rel: optionalText,
    target: optionalText,
    title: optionalText,
    isUnlinked: z.boolean().optional(),
  }),
  text: z.strictObject({ ...textFields, type: z.literal('text') }),
  tab: z.strictObject({
    version,
    $: nodeState.optional(),
    type: z.literal('tab'),
    text: z.literal('\t').optional(),
    format: textFields.format.optional(),
    style: textFields.style.optional(),
    mode: textFields.mode.optional(),
    detail: textFields.detail.optional(),
  }),
  linebreak: z.strictObject({ version, $: nodeState.optional(), type: z.literal('linebreak') }),
  footnote: z.strictObject({ version, $: nodeState.optional(), type: z.literal('footnote'), note: z.unknown() }),
} as const;

export type StoredNodeType = keyof typeof NODE_SCHEMAS;

export function isStoredNodeType(type: unknown): type is StoredNodeType {
  return typeof type === 'string' && Object.hasOwn(NODE_SCHEMAS, type);
}

const INLINE: readonly StoredNodeType[] = ['text', 'tab', 'linebreak', 'link', 'autolink', 'footnote'];
const LINK_CHILDREN: readonly StoredNodeType[] = ['text', 'tab', 'linebreak'];

/** Which node types may be children of which: the shapes the editor, DOCX writer and importers share. */
export const ALLOWED_CHILDREN: Readonly<Partial<Record<StoredNodeType, readonly StoredNodeType[]>>> = {
  root: ['paragraph', 'heading', 'quote', 'list'],
  paragraph: INLINE,
  heading: INLINE,
  quote: INLINE,
  list: ['listitem'],
  listitem: [...INLINE, 'list'],
  link: LINK_CHILDREN,
  autolink: LINK_CHILDREN,
};

/** Inside a footnote's own text: paragraphs with text, links and breaks; never another footnote. */
export const NOTE_ROOT_CHILDREN: readonly StoredNodeType[] = ['paragraph'];
