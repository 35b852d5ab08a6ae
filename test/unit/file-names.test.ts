// One naming rule for source files, so a module can be found by what it does: modules are
// kebab-case (`use-route.ts`, `section-extension.ts`); a .tsx file that draws a component is
// named for it in PascalCase (`VersionList.tsx`); a test or a helper that accompanies a file
// carries that file's name (`FootnoteNode.test.ts`).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['bench', 'cli', 'electron', 'renderer', 'shared', 'test'];
const SKIP = new Set(['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'fixtures']);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(name)) found.push(path);
  }
  return found;
}

/** Why a file's name breaks the rule, or null when it follows it. */
export function namingProblem(path: string, siblings: ReadonlySet<string>): string | null {
  const name = path.split('/').pop()!;
  const stem = name.split('.')[0]!;
  const extension = name.slice(name.lastIndexOf('.'));
  if (KEBAB.test(stem)) return null;
  if (PASCAL.test(stem) && extension === '.tsx') return null;
  // A test or helper of a component keeps the component's name.
  if (PASCAL.test(stem) && siblings.has(`${stem}.tsx`)) return null;
  return PASCAL.test(stem)
    ? 'a module that is not a component is named in kebab-case'
    : 'names are kebab-case (modules) or PascalCase (components)';
}

describe('file names', () => {
  it('are kebab-case for modules and PascalCase for components', () => {
    const problems: string[] = [];
    for (const folder of FOLDERS) {
      for (const path of sourceFiles(join(ROOT, folder))) {
        const dir = path.slice(0, path.lastIndexOf('/'));
        const problem = namingProblem(path, new Set(readdirSync(dir)));
        if (problem) problems.push(`${relative(ROOT, path)}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('tells a camelCase hook and a PascalCase module from a component', () => {
    expect(namingProblem('a/useRoute.ts', new Set())).toMatch(/kebab-case/);
    expect(namingProblem('a/ListsExtension.ts', new Set())).toMatch(/not a component/);
    expect(namingProblem('a/VersionList.tsx', new Set())).toBeNull();
    expect(namingProblem('a/FootnoteNode.test.ts', new Set(['FootnoteNode.tsx']))).toBeNull();
    expect(namingProblem('a/use-route.ts', new Set())).toBeNull();
  });
});
