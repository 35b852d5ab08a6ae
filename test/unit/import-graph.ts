// Reading the code's import statements, for the tests that keep its drawing in order (start-up
// code, no circles). Only static value imports count: `import type` leaves no code behind, and
// a dynamic import() is loaded later, so neither can make modules wait on each other.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Specifiers of a module's static value imports and re-exports. */
export function staticImports(source: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(?:import|export)\s+(type\s+)?(?:[\s\S]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(statement)) if (!match[1]) found.push(match[2]!);
  // Eagerly globbed files are bundled into the importing module.
  for (const match of source.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*['"]([^'"]+)['"][^)]*eager:\s*true/g)) found.push(`glob:${match[1]}`);
  return found;
}

/** The file a relative specifier names, or null (packages, globs, files that do not exist). */
export function resolveFile(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (existsSync(candidate) && candidate.match(/\.(tsx?|json|css)$/)) return candidate;
  return null;
}
