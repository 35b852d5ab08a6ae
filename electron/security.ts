// The security policy every web page in the app lives under: no navigation, no new windows,
// no webviews, no permission but the app's own persistent storage, no requests leaving the
// app. Links go to the system browser only after parsing, and only for http, https and mailto.
import { shell, type Session, type WebContents } from 'electron';
import { safeUrl } from '../shared/security/links';
import { isAppUrl } from './app-origin';

/** Opens a link in the system browser if it is a parsed http(s)/mailto URL; refuses anything else. */
export async function openExternalSafely(raw: unknown): Promise<boolean> {
  const url = safeUrl(raw);
  if (!url) return false;
  await shell.openExternal(url);
  return true;
}

/** Applied to every web contents the app creates (see app.on('web-contents-created') in main). */
export function hardenWebContents(contents: WebContents): void {
  // The app is a single page: any navigation is either a stray link or an attack.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url).catch(() => {
      // The system could not open it; nothing in the app depends on it.
    });
    return { action: 'deny' };
  });
}

/** Which requests a page may make: the app's own files, its data:/blob: URLs, the dev server in dev. */
export function isAllowedRequest(raw: string, devUrl: string | null): boolean {
  if (isAppUrl(raw, devUrl)) return true;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'data:') return true;
  if (url.protocol === 'blob:') return isAppUrl(url.pathname, devUrl);
  if (!devUrl) return false;
  const dev = new URL(devUrl);
  // Hot reload talks to the dev server over a WebSocket; devtools pages exist only in dev.
  if (url.protocol === 'ws:' && url.host === dev.host) return true;
  return url.protocol === 'devtools:';
}

/**
 * The one permission the app holds: persistent storage, so that Chromium does not evict the
 * drafts in IndexedDB under disk pressure. Only for the app's own origin; everything else is
 * denied.
 */
export function isGrantedPermission(
  permission: string,
  requestingUrl: string | undefined,
  devUrl: string | null,
): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrl, devUrl);
}

/** Denies every permission but the app's own persistent storage, and every request that leaves the app, for one session. */
export function installSessionPolicy(session: Session, devUrl: string | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isGrantedPermission(permission, details.requestingUrl, devUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isGrantedPermission(permission, requestingOrigin, devUrl),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devUrl) });
  });
}
