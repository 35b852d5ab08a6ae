// The app as a static site on a free local port (vite preview of the bench's own build).
import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';
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

export async function serveApp(): Promise<Site> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    configFile: false,
    root: WEB_DIR,
    logLevel: 'error',
    build: { outDir: WEB_DIR },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
