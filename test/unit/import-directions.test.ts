// The renderer's feature folders depend on each other in one direction only, as the table
// "Allowed import directions" in ARCHITECTURE.md says: a folder imports folders of lower layers,
// never one of its own layer or above, so the folders can form no circle. The table is read from
// ARCHITECTURE.md itself, so the rule and its description cannot drift apart. Every import that
// loads code counts, static or dynamic (a lazily loaded dialog still ties its folder to the
// caller's); `import type` does not, since it leaves nothing behind: that is how the services
// context names the stores built above it (see ARCHITECTURE.md).
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { circles, dynamicImports, resolveFile, sourceFiles, staticImports } from './import-graph';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer/src');
/** Files at the top of renderer/src (main.tsx, App.tsx, create-services.ts) are the app root. */
const APP_ROOT = '(app root)';

/** Layers from the table, lowest first: each a list of folder names. */
function readLayers(markdown: string): string[][] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Allowed import directions'));
  if (!section) throw new Error('ARCHITECTURE.md has no "Allowed import directions" section');
  const rows = section
    .split('\n')
    .map((line) => /^\|\s*(\d+)\s*\|([^|]*)\|/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({
      layer: Number(match[1]),
      folders: [...match[2]!.matchAll(/`([a-z0-9-]+)\/`/g)].map((m) => m[1]!),
    }));
  const layers: string[][] = [];
  for (const row of rows) layers[row.layer] = [...(layers[row.layer] ?? []), ...row.folders];
  return layers.map((folders) => folders ?? []);
}

/** An import between two folders, with the files that make it. */
interface FolderImport {
  from: string;
  to: string;
  fromFile: string;
  toFile: string;
}

/** The imports the layers forbid: upwards, sideways within a layer, into the app root, or from or to a folder the table does not name. */
function forbidden(imports: FolderImport[], layers: string[][]): string[] {
  const layerOf = new Map(layers.flatMap((folders, layer) => folders.map((folder) => [folder, layer] as const)));
  const top = layers.length;
  const level = (folder: string) => (folder === APP_ROOT ? top : layerOf.get(folder));
  return imports
    .filter(({ from, to }) => from !== to)
    .flatMap(({ from, to, fromFile, toFile }) => {
      const [a, b] = [level(from), level(to)];
      if (a === undefined) return [`${fromFile}: folder ${from}/ is not in the table`];
      if (b === undefined) return [`${fromFile} → ${toFile}: folder ${to}/ is not in the table`];
      return a > b
        ? []
        : [
            `${fromFile} → ${toFile}: ${from}/ (layer ${a}) may not import ${to === APP_ROOT ? 'the app root' : `${to}/`} (layer ${b})`,
          ];
    });
}

/** Folder → folders it imports, for the circle check. */
function folderEdges(imports: FolderImport[]): Map<string, string[]> {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
  return new Map([...edges].map(([from, to]) => [from, [...to]]));
}

const folderOf = (file: string) => {
  const parts = relative(RENDERER, file).split(/[\\/]/);
  return parts.length === 1 ? APP_ROOT : parts[0]!;
};
const name = (file: string) => relative(ROOT, file).split('\\').join('/');

function rendererImports(): FolderImport[] {
  return sourceFiles(RENDERER).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return [...staticImports(source), ...dynamicImports(source)]
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveFile(file, specifier))
      .filter((target): target is string => target !== null && /\.tsx?$/.test(target) && target.startsWith(RENDERER))
      .map((target) => ({ from: folderOf(file), to: folderOf(target), fromFile: name(file), toFile: name(target) }));
  });
}

describe('the renderer’s feature folders', () => {
  const layers = readLayers(readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8'));
  const imports = rendererImports();

  it('are all in the table, each once', () => {
    const named = layers.flat();
    expect(new Set(named).size).toBe(named.length);
    const folders = new Set(imports.flatMap(({ from, to }) => [from, to]).filter((folder) => folder !== APP_ROOT));
    expect([...folders].filter((folder) => !named.includes(folder))).toEqual([]);
    // A sanity check of the reader: the screens import the folders below them.
    expect(imports.filter(({ from }) => from === 'draft').length).toBeGreaterThan(20);
  });

  it('import only folders the table allows', () => {
    expect(forbidden(imports, layers)).toEqual([]);
  });

  it('form no circle', () => {
    expect(circles(folderEdges(imports))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const layers = [['storage', 'ui'], ['versions'], ['draft']];
  const link = (fromFile: string, toFile: string): FolderImport => ({
    from: folderOf(join(RENDERER, fromFile)),
    to: folderOf(join(RENDERER, toFile)),
    fromFile,
    toFile,
  });

  it('read the layers of a table, lowest first', () => {
    const table = [
      '## Allowed import directions',
      '',
      '| layer | folders | what |',
      '|---|---|---|',
      '| 1 | `versions/` | x |',
      '| 0 | `storage/`, `ui/` | y |',
      '',
      '## Next',
    ].join('\n');
    expect(readLayers(table)).toEqual([['storage', 'ui'], ['versions']]);
  });

  it('let a folder import lower layers and the app root import every folder', () => {
    expect(
      forbidden(
        [
          link('draft/Screen.tsx', 'versions/store.ts'),
          link('versions/store.ts', 'storage/db.ts'),
          link('App.tsx', 'draft/Screen.tsx'),
        ],
        layers,
      ),
    ).toEqual([]);
  });

  it('catch an import upwards, sideways, into the app root, or into a folder not in the table', () => {
    const found = forbidden(
      [
        link('storage/db.ts', 'versions/store.ts'),
        link('ui/Modal.tsx', 'storage/db.ts'),
        link('versions/store.ts', 'create-services.ts'),
        link('versions/store.ts', 'extra/thing.ts'),
      ],
      layers,
    );
    expect(found).toEqual([
      'storage/db.ts → versions/store.ts: storage/ (layer 0) may not import versions/ (layer 1)',
      'ui/Modal.tsx → storage/db.ts: ui/ (layer 0) may not import storage/ (layer 0)',
      'versions/store.ts → create-services.ts: versions/ (layer 1) may not import the app root (layer 3)',
      'versions/store.ts → extra/thing.ts: folder extra/ is not in the table',
    ]);
  });

  it('catch a circle of folders and a circle of files', () => {
    const folderCircle = [
      link('storage/db.ts', 'versions/store.ts'),
      link('versions/store.ts', 'draft/state.ts'),
      link('draft/state.ts', 'storage/db.ts'),
      link('draft/state.ts', 'ui/Modal.tsx'),
    ];
    expect(circles(folderEdges(folderCircle))).toEqual([['draft', 'storage', 'versions']]);
    expect(
      circles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['a.ts']],
          ['c.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts']]);
  });
});
