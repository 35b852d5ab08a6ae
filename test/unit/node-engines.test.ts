// The Node versions the project states (package.json `engines`, README) must agree with what
// every installed package declares, and package-lock.json must hold exactly the pinned
// versions: npm 11 on Node 20 quietly picks an older major when a newer one needs Node 22.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PACKAGING_MIN_NODE } from '../../build/packaging-check.mjs';

// semver as electron-builder uses it (no dependency of our own for one test).
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const semver = fromBuilder('semver') as {
  valid(version: string): string | null;
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const read = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;
const pkg = read('../../package.json') as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = read('../../package-lock.json') as { packages: Record<string, LockedPackage> };
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

const nodeRange = (entry: LockedPackage) =>
  entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
const installed = Object.entries(lock.packages).filter(([path]) => path !== '');

/** The lock entry a package at `from` gets for `name`, resolved as Node does (nearest node_modules up). */
function resolveInLock(from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/** Every lock entry reachable from the given top-level packages. */
function treeOf(...roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = roots.map((name) => `node_modules/${name}`);
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const entry = lock.packages[path] ?? {};
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      const resolved = resolveInLock(path, name);
      if (resolved) queue.push(resolved);
    }
  }
  return seen;
}

// The lowest version of each part of our range: ^20.19.0 || ^22.13.0 || >=24 gives 20.19.0, 22.13.0, 24.0.0.
const lowestSupported = pkg.engines.node.split('||').map((part) => semver.minVersion(part.trim())!.version);
const lowest20 = lowestSupported.find((version) => version.startsWith('20.'));

// The desktop runtime's download (electron) and the installer tools (electron-builder) declare
// Node 22.12; nothing else needs them on Node 20.
const packagingTree = treeOf('electron', 'electron-builder');
// docx 9.15 requires nanoid 6, which declares Node 22+ but runs on Node 20 (the CLI's export
// tests run there). pdfjs-dist 6.5 declares Node 22.13+; its legacy build runs on Node 20 once the
// two newer built-ins it uses are provided (cli/pdf-engine.ts; the CLI's PDF import tests run
// there). Listed here so that any other package narrowing its engines fails this test.
const declaredNode22ButRunsOn20 = new Set(['node_modules/nanoid', 'node_modules/pdfjs-dist']);

describe('supported Node versions', () => {
  it('engines states the range the build, web app, command line and tests run on', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || ^22.13.0 || >=24');
    expect(lowestSupported).toEqual(['20.19.0', '22.13.0', '24.0.0']);
  });

  it('every installed package declares support for Node 22.13+ and 24+', () => {
    const refusing = installed.filter(([, entry]) => {
      const range = nodeRange(entry);
      return (
        range !== undefined &&
        lowestSupported.some((version) => !version.startsWith('20.') && !semver.satisfies(version, range))
      );
    });
    expect(refusing.map(([path, entry]) => `${path}: ${nodeRange(entry)}`)).toEqual([]);
  });

  it('on Node 20.19, only the desktop runtime download and the installer tools (and nanoid and pdfjs-dist, which run there) declare Node 22', () => {
    expect(lowest20).toBe('20.19.0');
    const refusing = installed.filter(([, entry]) => {
      const range = nodeRange(entry);
      return range !== undefined && !semver.satisfies(lowest20!, range);
    });
    const unexpected = refusing.filter(([path]) => !packagingTree.has(path) && !declaredNode22ButRunsOn20.has(path));
    expect(unexpected.map(([path, entry]) => `${path}: ${nodeRange(entry)}`)).toEqual([]);
    // The exception list stays minimal: drop an entry once its package supports Node 20 again.
    for (const path of declaredNode22ButRunsOn20) expect(refusing.map(([p]) => p)).toContain(path);
  });

  it('packaging refuses a Node older than what the desktop runtime and installer tools declare', () => {
    const packagingRanges = [...packagingTree]
      .map((path) => nodeRange(lock.packages[path] ?? {}))
      .filter((range): range is string => range !== undefined);
    expect(packagingRanges.length).toBeGreaterThan(10);
    for (const range of packagingRanges) expect(semver.satisfies(PACKAGING_MIN_NODE, range), range).toBe(true);
    // ...and the limit is not lower than needed: some packaging tool refuses the version before it.
    expect(packagingRanges.some((range) => !semver.satisfies('22.11.0', range))).toBe(true);
  });

  it('the README states the same versions', () => {
    expect(readme).toContain('Node 20.19');
    expect(readme).toContain('Node 22.13');
    expect(readme).toContain(`Node ${PACKAGING_MIN_NODE.replace(/\.0$/, '')}`);
  });
});

describe('package-lock.json', () => {
  it('holds exactly the version pinned in package.json for every direct dependency', () => {
    const pinned = { ...pkg.dependencies, ...pkg.devDependencies };
    for (const [name, version] of Object.entries(pinned)) {
      expect(semver.valid(version), `${name} is pinned to an exact version`).toBe(version);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });

  it('was written from this package.json (npm install leaves it unchanged)', () => {
    const rootEntry = lock.packages[''] as LockedPackage & { devDependencies?: Record<string, string> };
    expect(rootEntry.engines).toEqual(pkg.engines);
    expect(rootEntry.dependencies).toEqual(pkg.dependencies);
    expect(rootEntry.devDependencies).toEqual(pkg.devDependencies);
  });
});
