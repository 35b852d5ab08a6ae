// Validates a stored Lexical editor state: only the node types in lexical-json.ts, each a strict
// object, each in a place it may appear, within depth and size limits, with no prototype keys.
import { z } from './zod';
import type { SerializedEditorState } from './lexical-json';
import {
  ALLOWED_CHILDREN,
  EDITOR_LIMITS,
  NODE_SCHEMAS,
  NOTE_ROOT_CHILDREN,
  isStoredNodeType,
  type StoredNodeType,
} from './editor-nodes';
import { passesNodeSchemaFast } from './editor-fast-check';
import { descriptorOf } from './nodes/descriptors';
import { FORBIDDEN_KEYS, type JsonPath } from './forbidden-keys';

export { EDITOR_LIMITS } from './editor-nodes';

export interface EditorIssue {
  path: JsonPath;
  message: string;
}

/** Enough to explain what is wrong without flooding the user. */
const MAX_ISSUES = 10;

interface Walk {
  issues: EditorIssue[];
  nodes: number;
  chars: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function forbiddenKeyIn(record: Record<string, unknown>): string | undefined {
  return Object.keys(record).find((key) => FORBIDDEN_KEYS.has(key));
}

function checkState(value: unknown, path: JsonPath, depth: number, inNote: boolean, walk: Walk): void {
  if (!isPlainObject(value)) {
    walk.issues.push({ path, message: 'Expected an editor state object with a "root" node' });
    return;
  }
  const extra = Object.keys(value).filter((key) => key !== 'root');
  if (extra.length > 0) {
    walk.issues.push({ path, message: `Unrecognized key in editor state: "${extra[0]}"` });
    return;
  }
  checkNode(value.root, [...path, 'root'], depth + 1, ['root'], inNote, walk);
}

function checkNode(
  value: unknown,
  path: JsonPath,
  depth: number,
  allowed: readonly StoredNodeType[],
  inNote: boolean,
  walk: Walk,
): void {
  if (walk.issues.length >= MAX_ISSUES) return;
  const fail = (message: string) => walk.issues.push({ path, message });
  if (depth > EDITOR_LIMITS.maxDepth)
    return void fail(`Content is nested too deeply (more than ${EDITOR_LIMITS.maxDepth} levels)`);
  if (++walk.nodes > EDITOR_LIMITS.maxNodes)
    return void fail(`Content has too many nodes (more than ${EDITOR_LIMITS.maxNodes})`);
  if (!isPlainObject(value)) return void fail('Expected a content node object');
  const forbidden = forbiddenKeyIn(value) ?? (isPlainObject(value.$) ? forbiddenKeyIn(value.$) : undefined);
  if (forbidden !== undefined) return void fail(`Forbidden key "${forbidden}"`);
  const type = value.type;
  if (!isStoredNodeType(type)) return void fail(`Unknown content node type ${JSON.stringify(type)}`.slice(0, 200));
  if (inNote && type === 'footnote') return void fail('A footnote cannot contain another footnote');
  if (!allowed.includes(type)) return void fail(`A "${type}" node is not allowed here`);

  const parsed = passesNodeSchemaFast(value) ? null : NODE_SCHEMAS[type].safeParse(value);
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues.slice(0, MAX_ISSUES)) {
      walk.issues.push({ path: [...path, ...(issue.path as JsonPath)], message: issue.message });
    }
    return;
  }
  walk.chars += descriptorOf(type)?.chars?.(value as never) ?? 0;
  if (walk.chars > EDITOR_LIMITS.maxTotalChars)
    return void fail(`Content is too long (more than ${EDITOR_LIMITS.maxTotalChars} characters)`);

  if (type === 'footnote') {
    checkState(value.note, [...path, 'note'], depth, true, walk);
    return;
  }
  const childTypes = type === 'root' && inNote ? NOTE_ROOT_CHILDREN : ALLOWED_CHILDREN[type];
  if (!childTypes || !Array.isArray(value.children)) return;
  value.children.forEach((child, index) =>
    checkNode(child, [...path, 'children', index], depth + 1, childTypes, inNote, walk),
  );
}

/** Every problem found (at most a handful), each with the path of the offending node. */
export function validateEditorState(value: unknown): EditorIssue[] {
  const walk: Walk = { issues: [], nodes: 0, chars: 0 };
  checkState(value, [], 0, false, walk);
  return walk.issues.slice(0, MAX_ISSUES);
}

export const editorStateSchema: z.ZodType<SerializedEditorState> = z
  .custom<SerializedEditorState>()
  .superRefine((value, ctx) => {
    for (const issue of validateEditorState(value))
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });
