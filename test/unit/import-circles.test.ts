// No module waits on itself: a circle of imports makes the order in which modules run depend on
// which one is imported first (the footnote node, its registry and its editor once failed with
// "FootnoteRegistry is not a constructor" that way), and makes a change in one folder move the
// others. This follows every static value import of the app's code and fails on any circle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFile, staticImports } from './import-graph';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FOLDERS = ['renderer/src', 'shared', 'electron', 'cli'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const name = (file: string) => relative(ROOT, file).split('\\').join('/');

/** Strongly connected groups of more than one file (Tarjan), each a circle of imports. */
function circles(edges: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const to of edges.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || (edges.get(file) ?? []).includes(file)) found.push(group.map(name).sort());
    }
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('imports', () => {
  const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
  const edges = new Map(
    files.map((file) => [
      file,
      staticImports(readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => resolveFile(file, specifier))
        .filter((target): target is string => target !== null && /\.tsx?$/.test(target)),
    ]),
  );

  it('follows the whole app (a sanity check of the reader)', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(edges.get(join(ROOT, 'renderer/src/main.tsx'))?.length).toBeGreaterThan(2);
  });

  it('form no circle in the renderer, shared code, the main process or the CLI', () => {
    expect(circles(edges)).toEqual([]);
  });
});
