// Reading the code's import statements, for the tests that keep its drawing in order (start-up
// code, no circles, allowed directions between feature folders). `import type` leaves no code
// behind, so it is never counted; a dynamic import() (a lazily loaded screen, a worker) cannot
// make modules wait on each other, but it still makes one folder depend on another.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Specifiers of a module's static value imports and re-exports. */
export function staticImports(source: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(?:import|export)\s+(type\s+)?(?:[\s\S]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(statement)) if (!match[1]) found.push(match[2]!);
  // Eagerly globbed files are bundled into the importing module.
  for (const match of source.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*['"]([^'"]+)['"][^)]*eager:\s*true/g))
    found.push(`glob:${match[1]}`);
  return found;
}

/** The file a relative specifier names, or null (packages, globs, files that do not exist). */
export function resolveFile(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && candidate.match(/\.(tsx?|json|css)$/)) return candidate;
  return null;
}

/** Specifiers loaded later: `import('./X')` and workers started with `new URL('./x.worker.ts', import.meta.url)`. */
export function dynamicImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  for (const match of source.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g)) found.push(match[1]!);
  return found;
}

/** The app's TypeScript modules under `dir`: no tests, no test helpers (`testing/`), no declarations. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Strongly connected groups of more than one node, or a node importing itself (Tarjan): each a circle. */
export function circles(edges: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of edges.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}
