// The package layer stands alone: shared/ooxml depends on nothing of the app and on no library,
// and the Word writer reaches ZIP and XML through it, never through the importer.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFile } from './import-graph';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => join(ROOT, folder, name));
}

/** What each module imports (types too), as paths from the repository root or package names. */
function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map(([, specifier]) => {
    if (!specifier!.startsWith('.')) return specifier!;
    const target = resolveFile(file, specifier!);
    return target ? relative(ROOT, target) : specifier!;
  });
}

describe('the package layer', () => {
  it('imports only itself', () => {
    for (const file of sources('shared/ooxml')) {
      for (const target of imports(file))
        expect(target.startsWith('shared/ooxml/'), `${relative(ROOT, file)} imports ${target}`).toBe(true);
    }
  });

  it('is how the Word writer reads and writes packages: it imports nothing from the importer', () => {
    for (const file of sources('shared/docx')) {
      for (const target of imports(file))
        expect(target.startsWith('shared/import/'), `${relative(ROOT, file)} imports ${target}`).toBe(false);
    }
  });
});
