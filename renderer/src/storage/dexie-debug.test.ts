import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the database on a page served from this computer', () => {
  it('runs Dexie as the desktop app does, without the debug mode Dexie turns on for localhost', async () => {
    vi.stubGlobal('location', new URL('http://127.0.0.1:4173/#/draft/d1'));
    vi.resetModules();
    const { Dexie } = await import('dexie');
    // Dexie's own choice for that address: a console task per table call and promise callback.
    expect(Dexie.debug).toBe(true);
    await import('./db');
    expect(Dexie.debug).toBe(false);
  });
});
