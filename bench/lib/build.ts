// The benchmark builds what it measures, every run: the CLI bundle, the web app and its own
// helper page (served next to the app, so that it shares the app's IndexedDB).
import { build } from 'vite';
import { join } from 'node:path';
import { REPO_ROOT, WEB_DIR } from './paths';

/** Vite sets NODE_ENV for its build; the processes the bench starts afterwards get the caller's. */
async function keepingEnv(run: () => Promise<unknown>): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  try {
    await run();
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export async function buildCli(): Promise<void> {
  await keepingEnv(() => build({ configFile: join(REPO_ROOT, 'vite.cli.config.ts'), logLevel: 'error' }));
}

/**
 * `readable`: not minified, so that a profile names the app's and Lexical's functions;
 * `sourcemap`: with source maps, so that a profile's time can be put down to source files.
 */
export async function buildWeb({ readable = false, sourcemap = false } = {}): Promise<void> {
  await keepingEnv(() => buildApp(readable, sourcemap));
}

async function buildApp(readable: boolean, sourcemap: boolean): Promise<void> {
  await build({
    configFile: join(REPO_ROOT, 'vite.web.config.ts'),
    logLevel: 'error',
    build: { outDir: WEB_DIR, emptyOutDir: true, sourcemap, ...(readable ? { minify: false } : {}) },
  });
  await build({
    configFile: false,
    root: join(REPO_ROOT, 'bench', 'web'),
    base: './',
    logLevel: 'error',
    publicDir: false,
    worker: { format: 'es' },
    build: {
      outDir: join(WEB_DIR, 'bench'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: join(REPO_ROOT, 'bench', 'web', 'seed.html') },
    },
  });
}
