// JSON.parse turns `"__proto__": {...}` into an own property, and a later spread or copy of such
// an object can change prototypes. Every untrusted JSON value is checked for these keys (and for
// absurd nesting) before any schema or copy touches it.

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonPath = (string | number)[];

export type JsonShapeProblem =
  { kind: 'forbidden-key'; key: string; path: JsonPath } | { kind: 'too-deep'; path: JsonPath };

/** Renders a path as `draft.sections[2].content`, for error messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

interface Frame {
  value: unknown;
  depth: number;
  key: string | number | null;
  parent: Frame | null;
}

function pathOf(frame: Frame, basePath: JsonPath): JsonPath {
  const parts: JsonPath = [];
  for (let f: Frame | null = frame; f && f.key !== null; f = f.parent) parts.push(f.key);
  return [...basePath, ...parts.reverse()];
}

/**
 * Finds the first forbidden key or a nesting deeper than `maxDepth`. Iterative, so a hostile
 * document nested a million levels deep cannot overflow the stack; paths are built only for
 * the problem found, so large drafts stay cheap to check.
 */
export function findJsonShapeProblem(
  value: unknown,
  maxDepth: number,
  basePath: JsonPath = [],
): JsonShapeProblem | null {
  const stack: Frame[] = [{ value, depth: 0, key: null, parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const current = frame.value;
    if (typeof current !== 'object' || current === null) continue;
    if (frame.depth > maxDepth) return { kind: 'too-deep', path: pathOf(frame, basePath) };
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], depth: frame.depth + 1, key: i, parent: frame });
      continue;
    }
    const keys = Object.keys(current);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key, path: pathOf(frame, basePath) };
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ value: (current as Record<string, unknown>)[key], depth: frame.depth + 1, key, parent: frame });
    }
  }
  return null;
}

export function describeJsonShapeProblem(problem: JsonShapeProblem): string {
  if (problem.kind === 'forbidden-key') return `forbidden key "${problem.key}" at ${formatPath(problem.path)}`;
  return `nesting too deep at ${formatPath(problem.path)}`;
}
