// The app as a static site on a free local port (vite preview of the bench's own build), served as
// a production host serves it: the build's content-hashed files under assets/ may be kept for good
// (`immutable`), the page itself and unhashed files are checked each time (vite preview's own
// `no-cache`). A returning user's browser then starts from its cache and V8's code cache, as the
// desktop app does reading its files from disk, instead of asking the server about each of the
// start-up's files again.
import { createServer } from 'node:net';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { WEB_DIR } from './paths';

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

const hashedAssetsKept: Plugin = {
  name: 'bench-hashed-assets-kept',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url?.startsWith('/assets/'))
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      next();
    });
  },
};

export async function serveApp(): Promise<Site> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    configFile: false,
    root: WEB_DIR,
    logLevel: 'error',
    plugins: [hashedAssetsKept],
    build: { outDir: WEB_DIR },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
