// The renderer as a plain web page (npm run web): same UI, browser downloads and file inputs.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { compileHintsPlugin } from './renderer/build/compile-hints-plugin.ts';
import { cspPlugin } from './renderer/build/csp-plugin.ts';
import { startupGroups } from './renderer/build/startup-groups.ts';
import { startupPreloadPlugin } from './renderer/build/startup-preload-plugin.ts';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), cspPlugin(), compileHintsPlugin(), startupPreloadPlugin()],
  publicDir: false,
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { output: { codeSplitting: { groups: startupGroups() } } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [resolve(import.meta.dirname)] } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
