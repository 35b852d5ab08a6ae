// Strict zod schemas for each Lexical node type we store, WITHOUT their children, and which node
// may sit inside which: all derived from the descriptors in nodes/descriptors.ts. The walker in
// editor-schema.ts recurses itself, so it can limit depth and size. Field sets match what
// Lexical 0.52 exports (full, non-compact form).
import { z } from './zod';
import type { SerializedNode } from './lexical-json';
import { schemaShape, type SchemaShape } from './nodes/fields';
import { NODE_DESCRIPTORS, type Place, type StoredNodeDescriptor, type StoredNodeType } from './nodes/descriptors';
import { EDITOR_LIMITS } from './nodes/limits';

export { EDITOR_LIMITS } from './nodes/limits';
export { isStoredNodeType, type StoredNodeType } from './nodes/descriptors';

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

type NodeSchema<D extends StoredNodeDescriptor> = z.ZodObject<
  SchemaShape<D['fields']> & { type: z.ZodLiteral<D['type']> },
  z.core.$strict
>;
type NodeSchemas = { [D in StoredNodeDescriptor as D['type']]: NodeSchema<D> };

/**
 * Each type's schema is built when first read: the validator asks zod only about nodes its fast
 * check does not pass, and building them all took milliseconds of every start.
 */
export const NODE_SCHEMAS = {} as NodeSchemas;
for (const descriptor of NODE_DESCRIPTORS) {
  let schema: z.ZodType | undefined;
  Object.defineProperty(NODE_SCHEMAS, descriptor.type, {
    enumerable: true,
    get: () => (schema ??= z.strictObject({ ...schemaShape(descriptor.fields), type: z.literal(descriptor.type) })),
  });
}

function typesIn(places: readonly Place[]): readonly StoredNodeType[] {
  return NODE_DESCRIPTORS.filter((descriptor) => descriptor.in.some((place) => places.includes(place))).map(
    (descriptor) => descriptor.type,
  );
}

/** Which node types may be children of which: the shapes the editor, DOCX writer and importers share. */
export const ALLOWED_CHILDREN: Readonly<Partial<Record<StoredNodeType, readonly StoredNodeType[]>>> =
  Object.fromEntries(
    NODE_DESCRIPTORS.filter((descriptor) => descriptor.holds.length > 0).map((descriptor) => [
      descriptor.type,
      typesIn(descriptor.holds),
    ]),
  );

/** Inside a footnote's own text: paragraphs with text, links and breaks; never another footnote. */
export const NOTE_ROOT_CHILDREN: readonly StoredNodeType[] = typesIn(['note-block']);

// The JSON interfaces in lexical-json.ts are the contract the code reads; these lines fail to
// compile if a descriptor and its interface drift apart (children and notes are walked, not
// parsed, and NodeState is read loosely, so those are left out).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Walked = 'children' | 'note' | '$';
type Disagreeing = {
  [T in StoredNodeType]: Same<
    Omit<z.output<NodeSchemas[T]>, Walked>,
    Omit<Extract<SerializedNode, { type: T }>, Walked>
  > extends true
    ? never
    : T;
}[StoredNodeType];
const nodesAgree: [Disagreeing] extends [never] ? true : Disagreeing = true;
const typesAgree: Same<SerializedNode['type'], StoredNodeType> = true;
void nodesAgree;
void typesAgree;
