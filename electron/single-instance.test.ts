import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { acquireSingleInstance } from './single-instance';
import { asElectron, electronModule, FakeBrowserWindow } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

const { app } = electronModule;

beforeEach(() => {
  vi.clearAllMocks();
  app.removeAllListeners();
});

describe('single instance', () => {
  it('quits when another copy is already running', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(acquireSingleInstance(() => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('brings the open window back when the app is launched again', () => {
    const window = new FakeBrowserWindow({});
    window.minimized = true;
    expect(acquireSingleInstance(() => asElectron<BrowserWindow>(window))).toBe(true);
    app.emit('second-instance', {}, ['norms-drafter'], '/');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();
  });
});
