import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, devServerUrl, isAppUrl } from './app-origin';

describe('app origin', () => {
  it('recognises the app page and nothing that merely looks like it', () => {
    expect(isAppUrl(APP_ENTRY_URL, null)).toBe(true);
    expect(isAppUrl('app://drafter.attacker.example/index.html', null)).toBe(false);
    expect(isAppUrl('app://other/index.html', null)).toBe(false);
    expect(isAppUrl('https://drafter/index.html', null)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', null)).toBe(false);
    expect(isAppUrl(undefined, null)).toBe(false);
    expect(isAppUrl('::not a url', null)).toBe(false);
  });

  it('accepts the dev server page only in development', () => {
    const dev = devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false);
    expect(dev).toBe('http://localhost:5173/');
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', dev)).toBe(false);
  });

  it('ignores a dev server URL in the packaged app or pointing off this machine', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://cdn.example.org/app' }, false)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeNull();
    expect(devServerUrl({}, false)).toBeNull();
  });
});
