// `npm run cli`: runs the bundled command line (out/cli/norms-drafter.mjs, see vite.cli.config.ts),
// which starts in a fraction of the time tsx needs to compile the sources on every run. The
// bundle is rebuilt first when it is missing or any source it is built from is newer, so a
// fresh clone or an edited source never runs stale code. Plain JavaScript: it must start fast.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'out', 'cli', 'norms-drafter.mjs');
const SOURCE_DIRS = ['cli', 'shared', 'templates', 'locales'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'vite.cli.config.ts'];

/** Latest modification time of the bundle's sources (a cheap stat of a few hundred files). */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) visit(child);
      else newest = Math.max(newest, statSync(child).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) visit(join(root, dir));
  for (const file of SOURCE_FILES)
    if (existsSync(join(root, file))) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

async function rebuild() {
  // Built into a private folder, then moved into place in one step, so that two launches at
  // the same time never run a half-written bundle.
  const temp = join(root, 'out', 'cli', `.build-${process.pid}`);
  mkdirSync(temp, { recursive: true });
  try {
    const { build } = await import('vite');
    await build({
      configFile: join(root, 'vite.cli.config.ts'),
      logLevel: 'error',
      build: { outDir: temp, emptyOutDir: true },
    });
    renameSync(join(temp, 'norms-drafter.mjs'), bundle);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource()) await rebuild();
await import(pathToFileURL(bundle).href);
