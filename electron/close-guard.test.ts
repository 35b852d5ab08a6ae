// Closing and quitting against the mocked electron module: the window waits for the page to
// write its pending edits, and a page that still holds unsaved text makes main ask the user.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, FLUSH_TOKEN } from '../shared/bridge/api';
import { CloseGuard, FLUSH_TIMEOUT_MS } from './close-guard';
import { MENU_LABELS } from './menu-labels';
import { asElectron, electronModule, FakeBrowserWindow } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

const { dialog, ipcMain } = electronModule;
const quit = vi.fn();
let guard: CloseGuard;
let language: 'en' | 'fr' = 'en';

function openWindow(): FakeBrowserWindow {
  const window = new FakeBrowserWindow({});
  guard.attach(asElectron(window));
  return window;
}

/** The token main sent with its last flush request to this window. */
function lastToken(window: FakeBrowserWindow): string {
  const call = window.webContents.send.mock.calls.findLast(([channel]) => channel === CHANNELS.flushRequest);
  return String(call?.[1]);
}

const answer = (window: FakeBrowserWindow, token = lastToken(window), sender: unknown = window.webContents) =>
  ipcMain.emit(CHANNELS.flushDone, { sender }, token);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  language = 'en';
  quit.mockReset();
  dialog.showMessageBoxSync.mockReset().mockReturnValue(0);
  guard = new CloseGuard({ labels: () => MENU_LABELS[language], quit });
});
afterEach(() => {
  vi.useRealTimers();
  ipcMain.removeAllListeners(CHANNELS.flushDone);
});

describe('closing a window', () => {
  it('waits until the page has written its pending edits, then closes', async () => {
    const window = openWindow();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledWith(CHANNELS.flushRequest, expect.stringMatching(FLUSH_TOKEN));
    // A second Close while the page is still writing asks nothing more.
    window.close();
    expect(window.webContents.send).toHaveBeenCalledOnce();
    answer(window);
    await settle();
    expect(window.isDestroyed()).toBe(true);
  });

  it('ignores answers from another page or with another token', async () => {
    const window = openWindow();
    const other = openWindow();
    window.close();
    answer(window, 'f0f0f0f0-0000-4000-8000-000000000000');
    answer(window, lastToken(window), other.webContents);
    await settle();
    expect(window.isDestroyed()).toBe(false);
    answer(window);
    await settle();
    expect(window.isDestroyed()).toBe(true);
    expect(other.isDestroyed()).toBe(false);
  });

  it('closes anyway when the page does not answer in time', async () => {
    vi.useFakeTimers();
    const window = openWindow();
    window.close();
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 1);
    expect(window.isDestroyed()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.isDestroyed()).toBe(true);
    expect(ipcMain.listenerCount(CHANNELS.flushDone)).toBe(0);
  });
});

describe('a page that still holds unsaved text', () => {
  it('asks natively, in the UI language; "Keep editing" keeps the window open', async () => {
    language = 'fr';
    const window = openWindow();
    window.pageCancelsUnload = true;
    dialog.showMessageBoxSync.mockReturnValue(0);
    window.close();
    answer(window);
    await settle();
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        buttons: ['Continuer à modifier', 'Fermer quand même'],
        message: MENU_LABELS.fr.closeUnsavedMessage,
        defaultId: 0,
        cancelId: 0,
      }),
    );
    expect(window.isDestroyed()).toBe(false);
    // The next Close asks the page to save again before anything else.
    window.webContents.send.mockClear();
    window.close();
    expect(window.webContents.send).toHaveBeenCalledWith(CHANNELS.flushRequest, expect.stringMatching(FLUSH_TOKEN));
    expect(window.isDestroyed()).toBe(false);
  });

  it('"Close anyway" lets the window unload', async () => {
    const window = openWindow();
    window.pageCancelsUnload = true;
    dialog.showMessageBoxSync.mockReturnValue(1);
    window.close();
    answer(window);
    await settle();
    expect(dialog.showMessageBoxSync.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Keep editing', 'Close anyway'] });
    expect(window.isDestroyed()).toBe(true);
  });
});

describe('quitting', () => {
  it('writes pending edits first, then quits again', async () => {
    const window = openWindow();
    guard.quitRequested();
    window.close(); // Electron closes every window for a quit; this one holds it up
    expect(quit).not.toHaveBeenCalled();
    answer(window);
    await settle();
    expect(quit).toHaveBeenCalledOnce();
    // The quit closes it again, and now it goes.
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });

  it('"Keep editing" cancels the quit: a later Close closes the window alone', async () => {
    const window = openWindow();
    window.pageCancelsUnload = true;
    guard.quitRequested();
    window.close();
    answer(window);
    await settle();
    window.close(); // the quit, started again, meets the unsaved text: Keep editing
    expect(window.isDestroyed()).toBe(false);
    window.pageCancelsUnload = false;
    window.close();
    answer(window);
    await settle();
    expect(quit).toHaveBeenCalledOnce();
    expect(window.isDestroyed()).toBe(true);
  });
});
