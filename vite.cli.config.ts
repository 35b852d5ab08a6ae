// The command line as one self-contained ESM file for Node (npm run build:cli), so `npm run cli`
// starts in a fraction of the time tsx needs to compile the sources on every run. Everything is
// bundled, including the templates and template texts (see cli/embedded-data.ts), except pdf.js:
// loaded from node_modules only when a PDF is imported (cli/pdf-engine.ts), so its 3 MB do not
// slow the start of every command.
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function embedRepoData(): Plugin {
  const target = resolve(root, 'cli/embedded-data.ts');
  return {
    name: 'norms-drafter-embed-repo-data',
    load(id) {
      if (id !== target) return null;
      const templates = Object.fromEntries(
        readdirSync(resolve(root, 'templates'))
          .filter((name) => name.endsWith('.template.json'))
          .sort()
          .map((name) => [name, readJson(resolve(root, 'templates', name))]),
      );
      const templateTexts = Object.fromEntries(
        readdirSync(resolve(root, 'locales'))
          .sort()
          .map((language) => [language, readJson(resolve(root, 'locales', language, 'templates.json'))]),
      );
      return `export const EMBEDDED_REPO_DATA = ${JSON.stringify({ templates, templateTexts })};`;
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [embedRepoData()],
  ssr: { noExternal: true, external: ['pdfjs-dist'], target: 'node' },
  build: {
    ssr: resolve(root, 'cli/main.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'norms-drafter.mjs', codeSplitting: false },
    },
  },
});
