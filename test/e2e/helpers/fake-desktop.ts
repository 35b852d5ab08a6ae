// A stand-in for the desktop bridge (window.drafter), installed before the app starts, so that
// the desktop renderer's backup features run in Chromium. Its "backups folder" lives in
// localStorage, which survives reloads and a deleted IndexedDB as a real folder would.
import type { BrowserContext, Page } from '@playwright/test';

export const FAKE_BACKUPS_KEY = 'test.fake-backups';

export interface FakeBackupFile {
  file: string;
  savedAt: number;
  text: string;
}

function installFakeBridge(key: string): void {
  const load = (): Record<string, FakeBackupFile[]> =>
    JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, FakeBackupFile[]>;
  const store = (all: Record<string, FakeBackupFile[]>) => localStorage.setItem(key, JSON.stringify(all));
  const bridge = {
    getAppInfo: async () => ({ name: 'Norms Drafter', version: 'test', platform: 'electron' }),
    saveFile: async () => ({ saved: false }),
    openFile: async () => ({ opened: false, reason: 'cancelled' }),
    openFiles: async () => ({ opened: false, reason: 'cancelled' }),
    openExternal: async () => false,
    setUiLanguage: async () => undefined,
    listBackups: async () =>
      Object.entries(load()).map(([draftId, files]) => ({
        draftId,
        // As main reads a backup: the draft's title field (format 1 files held it beside the sections).
        title: ((draft: { title?: string; fields?: { title: string } }) => draft.fields?.title ?? draft.title ?? '')(
          (JSON.parse(files[0]!.text) as { draft: { title?: string; fields?: { title: string } } }).draft,
        ),
        files: files.map((f) => ({ file: f.file, savedAt: f.savedAt, bytes: f.text.length })),
      })),
    writeBackup: async ({ draftId, data }: { draftId: string; data: Uint8Array }) => {
      // How Electron passes on main's file error: as text.
      const failure = localStorage.getItem(`${key}.failure`);
      if (failure) throw new Error(`Error invoking remote method 'drafter:write-backup': Error: ${failure}`);
      const all = load();
      const savedAt = Date.now();
      const file = `${new Date(savedAt).toISOString().replace(/[-:.]/g, '')}.normdraft`;
      all[draftId] = [{ file, savedAt, text: new TextDecoder().decode(data) }, ...(all[draftId] ?? [])];
      store(all);
      return { written: true, file };
    },
    readBackup: async ({ draftId, file }: { draftId: string; file: string }) => {
      const found = load()[draftId]?.find((f) => f.file === file);
      return found ? { found: true, data: new TextEncoder().encode(found.text) } : { found: false };
    },
    onMenuCommand: () => () => undefined,
    // As main does before closing the window: the page answers once its edits are written.
    onFlushRequest: (listener: () => Promise<void>) => {
      flushListeners.add(listener);
      return () => void flushListeners.delete(listener);
    },
  };
  const flushListeners = new Set<() => Promise<void>>();
  Object.defineProperty(window, '__requestFlush', {
    value: () => Promise.all([...flushListeners].map((listener) => listener())).then(() => flushListeners.size),
  });
  Object.defineProperty(window, 'drafter', { value: Object.freeze(bridge) });
}

export async function useFakeDesktop(context: BrowserContext): Promise<void> {
  await context.addInitScript(installFakeBridge, FAKE_BACKUPS_KEY);
}

export async function fakeBackups(page: Page): Promise<Record<string, FakeBackupFile[]>> {
  return page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, FakeBackupFile[]>,
    FAKE_BACKUPS_KEY,
  );
}

/** Puts backup files into the fake folder before the app starts (the page must be on the app's origin). */
export async function seedFakeBackups(page: Page, backups: Record<string, FakeBackupFile[]>): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, JSON.stringify(value)), [
    FAKE_BACKUPS_KEY,
    backups,
  ] as const);
}

/** Deletes the app's IndexedDB database, as clearing the browser's storage would. */
export async function deleteDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('norms-drafter');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

/** Makes every backup write fail with main's error text (e.g. "ENOSPC: no space left on device"), or succeed again (null). */
export async function failFakeBackups(page: Page, error: string | null): Promise<void> {
  await page.evaluate(
    ([key, value]) => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)),
    [`${FAKE_BACKUPS_KEY}.failure`, error] as const,
  );
}
