import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, type FakeBrowserWindow } from './testing/fake-electron';
import { createMainWindow } from './window';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

let folder = '';
let stateFile = '';
const open = () =>
  createMainWindow({
    title: 'Norms Drafter',
    preloadPath: '/app/out/preload/preload.cjs',
    stateFile,
  }) as unknown as FakeBrowserWindow;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'drafter-window-'));
  stateFile = join(folder, 'window-state.json');
  electronModule.screen.getAllDisplays.mockReturnValue([{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]);
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('main window', () => {
  it('is created with the secure web preferences, all stated explicitly', () => {
    const window = open();
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('appears only once its page is ready to show', () => {
    const window = open();
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('remembers its size, position and maximised state when closed, written atomically', async () => {
    const first = open();
    first.bounds = { x: 140, y: 90, width: 1111, height: 777 };
    first.maximized = true;
    first.emit('close');
    expect(await readdir(folder)).toEqual(['window-state.json']);
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({
      x: 140,
      y: 90,
      width: 1111,
      height: 777,
      maximized: true,
    });

    const second = open();
    expect(second.options).toMatchObject({ x: 140, y: 90, width: 1111, height: 777 });
    expect(second.maximize).toHaveBeenCalledOnce();
  });

  it('does not reopen on a display that is no longer there, but keeps the size', async () => {
    await writeFile(stateFile, JSON.stringify({ x: 2500, y: 100, width: 1000, height: 700, maximized: false }));
    const window = open();
    expect(window.options).not.toHaveProperty('x');
    expect(window.options).not.toHaveProperty('y');
    expect(window.options).toMatchObject({ width: 1000, height: 700 });
  });

  it('reopens on a second display while that display is connected', async () => {
    electronModule.screen.getAllDisplays.mockReturnValue([
      { workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
      { workArea: { x: 1920, y: 0, width: 1280, height: 1024 } },
    ]);
    await writeFile(stateFile, JSON.stringify({ x: 2500, y: 100, width: 600, height: 500, maximized: false }));
    expect(open().options).toMatchObject({ x: 2500, y: 100, width: 600, height: 500 });
  });

  it('ignores a damaged or tampered state file and uses the defaults', async () => {
    for (const content of [
      '{not json',
      '{"x":1,"y":1,"width":5,"height":5,"maximized":false}',
      '{"x":1,"y":1,"width":900,"height":700,"maximized":false,"extra":1}',
    ]) {
      await writeFile(stateFile, content);
      const window = open();
      expect(window.options).not.toHaveProperty('x');
      expect(window.options).toMatchObject({ width: 1280, height: 860 });
    }
  });
});
