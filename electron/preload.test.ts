import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, CHANNELS, type DrafterApi } from '../shared/bridge/api';
import { electronModule } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

// Every DrafterApi method, checked against the type in both directions at compile time.
const METHODS = [
  'getAppInfo',
  'saveFile',
  'openFile',
  'openFiles',
  'openExternal',
  'setUiLanguage',
  'listBackups',
  'writeBackup',
  'readBackup',
  'onMenuCommand',
  'onFlushRequest',
] as const satisfies readonly (keyof DrafterApi)[];
const allListed: Exclude<keyof DrafterApi, (typeof METHODS)[number]> extends never ? true : false = true;

const { contextBridge, ipcRenderer } = electronModule;
let api: DrafterApi;

beforeAll(async () => {
  await import('./preload');
  api = contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as DrafterApi;
});

describe('preload', () => {
  it('exposes exactly one global holding exactly the DrafterApi methods', () => {
    expect(allListed).toBe(true);
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe(BRIDGE_GLOBAL);
    expect(Object.keys(api).sort()).toEqual([...METHODS].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api)).not.toContain(ipcRenderer.invoke);
  });

  it('sends each call on its channel constant with the arguments unchanged', async () => {
    const request = { suggestedName: 'a.docx', filters: [], data: new Uint8Array([1]) };
    await api.getAppInfo();
    await api.saveFile(request);
    await api.openFile({ filters: [], maxBytes: 10 });
    await api.openExternal('https://example.org');
    await api.setUiLanguage('fr');
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [CHANNELS.getAppInfo],
      [CHANNELS.saveFile, request],
      [CHANNELS.openFile, { filters: [], maxBytes: 10 }],
      [CHANNELS.openExternal, 'https://example.org'],
      [CHANNELS.setUiLanguage, 'fr'],
    ]);
  });

  it('passes on only known menu commands, never the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const event = { sender: ipcRenderer };
    ipcRenderer.emit(CHANNELS.menuCommand, event, 'export-docx');
    ipcRenderer.emit(CHANNELS.menuCommand, event, 'rm -rf');
    ipcRenderer.emit(CHANNELS.menuCommand, event, { toString: () => 'about' });
    expect(listener.mock.calls).toEqual([['export-docx']]);
    unsubscribe();
    ipcRenderer.emit(CHANNELS.menuCommand, event, 'about');
    expect(listener).toHaveBeenCalledOnce();
    // The page's unsubscription leaves no second relay behind: one listener on the channel, the preload's.
    expect(ipcRenderer.listenerCount(CHANNELS.menuCommand)).toBe(1);
    // 'about' came while nothing listened: it went to the next listener, not lost.
    const next = vi.fn();
    api.onMenuCommand(next)();
    expect(next.mock.calls).toEqual([['about']]);
  });

  it('keeps menu commands chosen while the page loads and hands them, in order, to the first listener only', () => {
    const event = { sender: ipcRenderer };
    ipcRenderer.emit(CHANNELS.menuCommand, event, 'open-draft-file');
    ipcRenderer.emit(CHANNELS.menuCommand, event, 'not-a-command');
    ipcRenderer.emit(CHANNELS.menuCommand, event, 'import-file');
    const first = vi.fn();
    const stop = api.onMenuCommand(first);
    expect(first.mock.calls).toEqual([['open-draft-file'], ['import-file']]);
    const second = vi.fn();
    const stopSecond = api.onMenuCommand(second);
    expect(second).not.toHaveBeenCalled();
    ipcRenderer.emit(CHANNELS.menuCommand, event, 'show-library');
    expect(first.mock.calls.at(-1)).toEqual(['show-library']);
    expect(second.mock.calls).toEqual([['show-library']]);
    stop();
    stopSecond();
    // A flood of commands while nothing listens is not kept without end.
    for (let i = 0; i < 50; i += 1) ipcRenderer.emit(CHANNELS.menuCommand, event, 'about');
    const late = vi.fn();
    api.onMenuCommand(late)();
    expect(late.mock.calls.length).toBe(10);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => api.onMenuCommand('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });

  it("answers main's flush request only once the page has finished writing, with main's token", async () => {
    const token = '3f2b8c1e-0d4a-4e5f-9a6b-7c8d9e0f1a2b';
    let finishWriting = () => {};
    const listener = vi.fn(() => new Promise<void>((resolve) => (finishWriting = resolve)));
    const send = ipcRenderer.send;
    send.mockClear();
    const unsubscribe = api.onFlushRequest(listener);
    ipcRenderer.emit(CHANNELS.flushRequest, { sender: ipcRenderer }, token);
    ipcRenderer.emit(CHANNELS.flushRequest, { sender: ipcRenderer }, 'not a token');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(listener).toHaveBeenCalledOnce();
    expect(listener.mock.calls[0]).toEqual([]);
    expect(send).not.toHaveBeenCalled();
    finishWriting();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(send.mock.calls).toEqual([[CHANNELS.flushDone, token]]);
    unsubscribe();
    expect(ipcRenderer.listenerCount(CHANNELS.flushRequest)).toBe(0);
  });

  it("answers also when the write failed: main then relies on the page's beforeunload", async () => {
    const token = '00000000-1111-4222-8333-444444444444';
    const send = ipcRenderer.send;
    send.mockClear();
    const unsubscribe = api.onFlushRequest(() => Promise.reject(new Error('disk full')));
    ipcRenderer.emit(CHANNELS.flushRequest, { sender: ipcRenderer }, token);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(send.mock.calls).toEqual([[CHANNELS.flushDone, token]]);
    unsubscribe();
    expect(() => api.onFlushRequest(42 as unknown as () => Promise<void>)).toThrow(TypeError);
  });
});
