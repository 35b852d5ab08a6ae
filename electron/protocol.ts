// Serves the built renderer (out/renderer) on app://drafter/, so the app is never loaded over
// http or file://. Every response, errors included, carries the Content-Security-Policy.
import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { mimeTypeFor } from './mime';

/**
 * Must run before app 'ready': a standard, secure scheme gets an origin, storage and fetch; and
 * V8's code cache, so that from the second start the app's scripts are not compiled again from
 * source (a custom scheme has none unless asked, and it needs a standard scheme).
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

type Resolved = { file: string } | { status: 400 | 403 | 404 };

/** Maps an app:// URL to a file inside root, refusing anything that would step outside it. */
export function resolveAppFile(root: string, requestUrl: string): Resolved {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400 };
  }
  // Encoded separators, NUL and '..' segments are only ever sent to escape the folder.
  if (pathname.includes('\0') || pathname.includes('\\')) return { status: 403 };
  if (pathname.split('/').some((segment) => segment === '..')) return { status: 403 };
  const base = resolve(root);
  const file = resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { status: 403 };
  return { file };
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    },
  });
}

export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, 'text/plain');
    const resolved = resolveAppFile(root, request.url);
    if ('status' in resolved) return respond(resolved.status, null, 'text/plain');
    try {
      const info = await stat(resolved.file);
      if (!info.isFile()) return respond(404, null, 'text/plain');
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(resolved.file));
      return respond(200, body, mimeTypeFor(resolved.file));
    } catch {
      return respond(404, null, 'text/plain');
    }
  };
}

/** Call after 'ready'. rendererRoot is the folder electron-vite built the renderer into. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
}
