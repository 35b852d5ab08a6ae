// The benchmark builds what it measures, every run: the CLI bundle, the web app and its own
// helper page (served next to the app, so that it shares the app's IndexedDB).
import { build } from 'vite';
import { join } from 'node:path';
import { REPO_ROOT, WEB_DIR } from './paths';

export async function buildCli(): Promise<void> {
  await build({ configFile: join(REPO_ROOT, 'vite.cli.config.ts'), logLevel: 'error' });
}

export async function buildWeb(): Promise<void> {
  await build({ configFile: join(REPO_ROOT, 'vite.web.config.ts'), logLevel: 'error', build: { outDir: WEB_DIR, emptyOutDir: true } });
  await build({
    configFile: false,
    root: join(REPO_ROOT, 'bench', 'web'),
    base: './',
    logLevel: 'error',
    publicDir: false,
    worker: { format: 'es' },
    build: { outDir: join(WEB_DIR, 'bench'), emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(REPO_ROOT, 'bench', 'web', 'seed.html') } },
  });
}
