import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { asElectron, electronModule, FakeWebContents } from './testing/fake-electron';
import { hardenWebContents, installSessionPolicy, isAllowedRequest, openExternalSafely } from './security';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

const { shell } = electronModule;

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(asElectron<WebContents>(contents));
  return contents;
}

beforeEach(() => vi.clearAllMocks());

describe('every web contents', () => {
  it('cannot navigate away from the app', () => {
    const event = { preventDefault: vi.fn() };
    hardened().emit('will-navigate', event, 'https://attacker.example/phish');
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('cannot attach a webview', () => {
    const event = { preventDefault: vi.fn() };
    hardened().emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('opens no window: window.open is denied and a web link goes to the system browser', async () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/report' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/report'));
  });

  it('denies window.open for unsafe URLs without opening anything', async () => {
    const contents = hardened();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://drafter/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('openExternalSafely', () => {
  it('refuses script, file, data and custom-scheme URLs', async () => {
    const refused = [
      'javascript:alert(document.cookie)',
      'file:///C:/Windows/System32/calc.exe',
      'data:text/html,<script>alert(1)</script>',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x',
      'app://drafter/index.html',
      'smb://fileserver.example/share',
      'not a url',
      42,
    ];
    for (const url of refused) expect(await openExternalSafely(url), String(url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens https and mailto links, normalised', async () => {
    expect(await openExternalSafely('  https://www.example.org/norms ')).toBe(true);
    expect(await openExternalSafely('mailto:cyber@examplia.example')).toBe(true);
    expect(shell.openExternal).toHaveBeenNthCalledWith(1, 'https://www.example.org/norms');
    expect(shell.openExternal).toHaveBeenNthCalledWith(2, 'mailto:cyber@examplia.example');
  });

  it('opens a mail link without attach/attachment fields, from the bridge and from window.open', async () => {
    expect(await openExternalSafely('mailto:cyber@examplia.example?subject=Norms&Attach=/home/user/.ssh/id_rsa')).toBe(
      true,
    );
    expect(shell.openExternal).toHaveBeenLastCalledWith('mailto:cyber@examplia.example?subject=Norms');
    hardened().windowOpenHandler?.({ url: 'mailto:cyber@examplia.example?%61ttachment=C:/secret.docx' });
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenLastCalledWith('mailto:cyber@examplia.example'));
  });
});

describe('session policy', () => {
  const session = electronModule.session.defaultSession;

  type RequestHandler = (
    wc: unknown,
    p: string,
    cb: (granted: boolean) => void,
    details: { requestingUrl?: string },
  ) => void;
  type CheckHandler = (wc: unknown, p: string, origin: string, details: { requestingUrl?: string }) => boolean;

  function requestVerdict(permission: string, requestingUrl: string, devUrl: string | null = null): unknown {
    session.setPermissionRequestHandler.mockClear();
    installSessionPolicy(asElectron<Session>(session), devUrl);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler;
    const callback = vi.fn();
    request({}, permission, callback, { requestingUrl });
    expect(callback).toHaveBeenCalledOnce();
    return callback.mock.calls[0]?.[0];
  }

  function checkVerdict(permission: string, origin: string, devUrl: string | null = null): boolean {
    session.setPermissionCheckHandler.mockClear();
    installSessionPolicy(asElectron<Session>(session), devUrl);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as CheckHandler;
    return check({}, permission, origin, {});
  }

  it('denies every permission request and check from the app itself, persistent storage aside', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'storage-access',
      'fileSystem',
    ]) {
      expect(requestVerdict(permission, 'app://drafter/index.html'), permission).toBe(false);
      expect(checkVerdict(permission, 'app://drafter'), permission).toBe(false);
    }
    expect(checkVerdict('clipboard-sanitized-write', 'app://drafter')).toBe(false);
    installSessionPolicy(asElectron<Session>(session), null);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('grants persistent storage to the app’s own origin, so IndexedDB is not evicted under disk pressure', () => {
    expect(requestVerdict('persistent-storage', 'app://drafter/index.html')).toBe(true);
    expect(checkVerdict('persistent-storage', 'app://drafter')).toBe(true);
    // In development the app is the dev server's page.
    expect(requestVerdict('persistent-storage', 'http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
  });

  it('denies persistent storage to every other origin', () => {
    for (const url of [
      'https://attacker.example/',
      'app://elsewhere/index.html',
      'file:///home/user/page.html',
      'http://localhost:5173/',
      'data:text/html,x',
      'about:blank',
      '',
    ]) {
      expect(requestVerdict('persistent-storage', url), url).toBe(false);
      expect(checkVerdict('persistent-storage', url), url).toBe(false);
    }
    expect(requestVerdict('persistent-storage', 'http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });

  it('cancels every request that leaves the app', () => {
    installSessionPolicy(asElectron<Session>(session), null);
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const verdict = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(verdict('https://fonts.example.com/font.woff2')).toEqual({ cancel: true });
    expect(verdict('http://127.0.0.1:5173/')).toEqual({ cancel: true });
    expect(verdict('file:///etc/passwd')).toEqual({ cancel: true });
    expect(verdict('app://drafter/assets/index.js')).toEqual({ cancel: false });
  });

  it('lets the app reach only itself, and the local dev server in development', () => {
    expect(isAllowedRequest('app://drafter/index.html', null)).toBe(true);
    expect(isAllowedRequest('app://elsewhere/index.html', null)).toBe(false);
    expect(isAllowedRequest('data:image/png;base64,AAAA', null)).toBe(true);
    expect(isAllowedRequest('blob:app://drafter/5f0c', null)).toBe(true);
    expect(isAllowedRequest('blob:https://example.org/5f0c', null)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', null)).toBe(false);
    const dev = 'http://localhost:5173/';
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('https://example.org/', dev)).toBe(false);
  });
});
