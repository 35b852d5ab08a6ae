import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNELS } from '../shared/bridge/api';
import {
  electronModule,
  FakeBrowserWindow,
  FakeWebContents,
  ipcHandlers,
  ready,
  resetFakeElectron,
} from './testing/fake-electron';

// The same fake every time main is loaded afresh, so each test can start main on its own.
vi.mock('electron', () => electronModule);

const { app, protocol, session, Menu, dialog, ipcMain } = electronModule;

/** Loads main as the app's start does; `started` also lets Electron become ready. */
async function startMain({ started = true } = {}): Promise<void> {
  await import('./main');
  if (started) await ready();
}

describe('main process start-up', () => {
  beforeEach(() => {
    resetFakeElectron();
    vi.resetModules();
  });

  it('before ready: sets the engine switches, privileges the app scheme, forces the sandbox, takes the single-instance lock', async () => {
    await startMain({ started: false });
    // Module scripts keep V8's code cache only with background script fetching off (engine-switches.ts).
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('disable-features', 'BackgroundResourceFetch');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('hardens every web contents the app ever creates', async () => {
    await startMain({ started: false });
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('once ready: locks the session, serves app://, sets the menu, handles IPC and opens the app page', async () => {
    await startMain();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const invokable = Object.values(CHANNELS).filter(
      (channel) => !(EVENT_CHANNELS as readonly string[]).includes(channel),
    );
    expect([...ipcHandlers.keys()].sort()).toEqual(invokable.sort());

    const [window] = FakeBrowserWindow.instances;
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window?.loadURL).toHaveBeenCalledWith('app://drafter/index.html');
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[\\/]preload\.cjs$/,
    );
  });

  it('sends menu commands to the window', async () => {
    await startMain();
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const fileMenu = template.find(
      (menu) => Array.isArray(menu.submenu) && menu.submenu.some((item) => item.accelerator === 'CmdOrCtrl+N'),
    );
    const newDraft = (fileMenu?.submenu as MenuItemConstructorOptions[]).find(
      (item) => item.accelerator === 'CmdOrCtrl+N',
    );
    (newDraft?.click as () => void)();
    expect(FakeBrowserWindow.instances[0]?.webContents.send).toHaveBeenCalledWith(CHANNELS.menuCommand, 'new-draft');
  });

  it('closes the window only after the page has saved, and asks in the UI language when text is not saved', async () => {
    await startMain();
    const window = FakeBrowserWindow.instances[0]!;
    const fromApp = { sender: window.webContents, senderFrame: { url: 'app://drafter/index.html', parent: null } };
    await ipcHandlers.get(CHANNELS.setUiLanguage)!(fromApp, 'es');
    window.pageCancelsUnload = true;
    dialog.showMessageBoxSync.mockReturnValue(1);
    window.close();
    expect(window.isDestroyed()).toBe(false);
    const token = window.webContents.send.mock.calls.find(([channel]) => channel === CHANNELS.flushRequest)?.[1];
    ipcMain.emit(CHANNELS.flushDone, { sender: window.webContents }, token);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ buttons: ['Seguir editando', 'Cerrar de todos modos'] }),
    );
    expect(window.isDestroyed()).toBe(true);
  });
});
