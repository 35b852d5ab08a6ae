// No module waits on itself: a circle of imports makes the order in which modules run depend on
// which one is imported first (the footnote node, its registry and its editor once failed with
// "FootnoteRegistry is not a constructor" that way), and makes a change in one folder move the
// others. This follows every static value import of the app's code and fails on any circle.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { circles, resolveFile, sourceFiles, staticImports } from './import-graph';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FOLDERS = ['renderer/src', 'shared', 'electron', 'cli'];

const name = (file: string) => relative(ROOT, file).split('\\').join('/');

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
    // The module that builds the stores imports each of them.
    expect(edges.get(join(ROOT, 'renderer/src/create-services.ts'))?.length).toBeGreaterThan(8);
  });

  it('form no circle in the renderer, shared code, the main process or the CLI', () => {
    expect(circles(edges).map((group) => group.map(name))).toEqual([]);
  });
});
