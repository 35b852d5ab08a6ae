import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../shared/bridge/api';
import { electronModule, FakeBrowserWindow, FakeWebContents, ipcHandlers, ready } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

const { app, protocol, session, Menu } = electronModule;

describe('main process start-up', () => {
  it('before ready: privileges the app scheme, forces the sandbox, takes the single-instance lock', async () => {
    await import('./main');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('hardens every web contents the app ever creates', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('once ready: locks the session, serves app://, sets the menu, handles IPC and opens the app page', async () => {
    await ready();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const { menuCommand: _sentByMain, ...invokable } = CHANNELS;
    expect([...ipcHandlers.keys()].sort()).toEqual(Object.values(invokable).sort());

    const [window] = FakeBrowserWindow.instances;
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window?.loadURL).toHaveBeenCalledWith('app://drafter/index.html');
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]preload\.cjs$/);
  });

  it('sends menu commands to the window', () => {
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const fileMenu = template.find((menu) => Array.isArray(menu.submenu) && menu.submenu.some((item) => item.accelerator === 'CmdOrCtrl+N'));
    const newDraft = (fileMenu?.submenu as MenuItemConstructorOptions[]).find((item) => item.accelerator === 'CmdOrCtrl+N');
    (newDraft?.click as () => void)();
    expect(FakeBrowserWindow.instances[0]?.webContents.send).toHaveBeenCalledWith(CHANNELS.menuCommand, 'new-draft');
  });
});
