// The app as a static site on a free local port (vite preview of the bench's own build), served as
// the desktop app reads its files (electron/protocol.ts) and as a static host serves them:
// - the build's content-hashed files under assets/ may be kept for good (`immutable`), the page
//   itself and unhashed files are checked each time (vite preview's own `no-cache`). A returning
//   user's browser then starts from its cache and V8's code cache, as the desktop app does reading
//   its files from disk, instead of asking the server about each of the start-up's files again;
// - as they are on disk, not compressed again for every request: vite preview gzips each response
//   as it sends it, in this very process, which on a cold start took CPU from the browser on the
//   same cores for work neither the desktop app nor a host serving precompressed files does.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { WEB_DIR } from './paths';
import { probesScript } from './probes';

export const PROBES_QUERY = 'bench-probes';

/**
 * The page's address with the bench's probes served in it, ahead of the app's own scripts, for a
 * browser that no DevTools client drives while it loads (Playwright injects them otherwise).
 */
export const withProbes = (url: string) => {
  const [base = url, hash] = url.split('#');
  return `${base}?${PROBES_QUERY}${hash === undefined ? '' : `#${hash}`}`;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface Site {
  url: string;
  close(): Promise<void>;
}

const servedAsOnDisk: Plugin = {
  name: 'bench-served-as-on-disk',
  configurePreviewServer(server) {
    // Runs ahead of vite preview's compression, which then finds no encoding it may use.
    server.middlewares.use((request, response, next) => {
      delete request.headers['accept-encoding'];
      if (request.url?.startsWith('/assets/'))
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      if (request.url === `/?${PROBES_QUERY}`) return pageWithProbes(response);
      next();
    });
  },
};

// As Playwright's addInitScript would: the probes run before anything else in the page.
function pageWithProbes(response: ServerResponse): void {
  const page = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
  const script = `<script>${probesScript()}</script>`;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache');
  response.end(page.replace('<head>', `<head>${script}`));
}

export async function serveApp(): Promise<Site> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    configFile: false,
    root: WEB_DIR,
    logLevel: 'error',
    plugins: [servedAsOnDisk],
    build: { outDir: WEB_DIR },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
