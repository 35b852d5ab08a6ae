// Where the app's own pages live. In production the renderer is served from app://drafter/;
// in development electron-vite's dev server URL is used instead, and only then.

export const APP_SCHEME = 'app';
export const APP_HOST = 'drafter';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The dev server URL when running under `electron-vite dev`, otherwise null. */
export function devServerUrl(env: Record<string, string | undefined>, isPackaged: boolean): string | null {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !raw) return null;
  try {
    const url = new URL(raw);
    // The dev server only ever runs on this machine.
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && local ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * True when a URL belongs to the app itself. Compared by parts, not by `origin`: Node reports
 * the origin of a custom scheme as "null".
 */
export function isAppUrl(raw: string | undefined, devUrl: string | null): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (!devUrl) return false;
  const dev = new URL(devUrl);
  return url.protocol === dev.protocol && url.host === dev.host;
}
