// Desktop build: main process, preload and renderer (npm start / npm run build / npm run dist).
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { compileHintsPlugin } from './renderer/build/compile-hints-plugin.ts';
import { cspPlugin } from './renderer/build/csp-plugin.ts';
import { startupGroups } from './renderer/build/startup-groups.ts';
import { startupPreloadPlugin } from './renderer/build/startup-preload-plugin.ts';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  // Main and preload bundle their few dependencies so out/ is the whole app (electron-builder.yml).
  // The backup inspection worker is a second entry: main starts it by path (out/main/backup-inspect.worker.js).
  main: {
    build: {
      externalizeDeps: false,
      lib: {
        entry: {
          main: resolve(import.meta.dirname, 'electron/main.ts'),
          'backup-inspect.worker': resolve(import.meta.dirname, 'electron/backup-inspect.worker.ts'),
        },
      },
    },
  },
  // A sandboxed preload cannot be an ES module: build it as CommonJS (out/preload/preload.cjs).
  preload: {
    build: {
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload.ts') },
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspPlugin(), compileHintsPlugin(), startupPreloadPlugin()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    worker: { format: 'es' },
    build: {
      rollupOptions: {
        input: resolve(import.meta.dirname, 'renderer/index.html'),
        output: { codeSplitting: { groups: startupGroups() } },
      },
    },
  },
});
