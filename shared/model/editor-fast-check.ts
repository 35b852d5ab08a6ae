// A fast yes for the node shapes the editor stores: the same rules as their zod schemas, both
// derived from the descriptors' fields (nodes/fields.ts), checked by hand. It only ever says
// "valid" or "ask zod": anything unusual (a missing or extra field, a value out of range) goes to
// the schema, which then gives its usual message. Running every one of a 60,000-word draft's
// ~15,000 nodes through zod took most of opening it (bench/).
import type { Check } from './nodes/fields';
import { NODE_DESCRIPTORS } from './nodes/descriptors';

type Fields = Record<string, unknown>;

interface Shape {
  checks: ReadonlyMap<string, Check>;
  /** Fields that must be present. */
  required: number;
  optional: readonly string[];
}

const SHAPES: ReadonlyMap<string, Shape> = new Map(
  NODE_DESCRIPTORS.map((descriptor): [string, Shape] => {
    const entries = Object.entries(descriptor.fields);
    const checks = new Map<string, Check>(entries.map(([key, field]) => [key, field.check]));
    checks.set('type', (v) => v === descriptor.type);
    const optional = entries.filter(([, field]) => field.optional).map(([key]) => key);
    return [descriptor.type, { checks, required: checks.size - optional.length, optional }];
  }),
);

/** True only when the node certainly passes its schema in editor-nodes.ts (children not included). */
export function passesNodeSchemaFast(node: Fields): boolean {
  const shape = typeof node.type === 'string' ? SHAPES.get(node.type) : undefined;
  if (!shape) return false;
  const keys = Object.keys(node);
  for (const key of keys) {
    const check = shape.checks.get(key);
    if (!check || !check(node[key])) return false;
  }
  // Every required field is there (the loop already refused unknown ones).
  let optionalPresent = 0;
  for (const key of shape.optional) if (Object.hasOwn(node, key)) optionalPresent++;
  return keys.length - optionalPresent === shape.required;
}
