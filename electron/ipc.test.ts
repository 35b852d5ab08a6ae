import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNELS } from '../shared/bridge/api';
import { BRIDGE_LIMITS } from '../shared/bridge/schemas';
import { nodeFileAccess, type FileAccess } from './files';
import { registerIpcHandlers } from './ipc';
import { electronModule, ipcHandlers } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

const { dialog, shell } = electronModule;
const files = {
  writeFileAtomic: vi.fn<FileAccess['writeFileAtomic']>(async () => undefined),
  readFileLimited: vi.fn<FileAccess['readFileLimited']>(async () => ({ tooLarge: false, data: new Uint8Array([1]) })),
};
const setUiLanguage = vi.fn();
const backups = {
  list: vi.fn(async () => []),
  write: vi.fn(async () => ({ written: false, reason: 'too-soon' }) as const),
  read: vi.fn(async () => ({ found: false }) as const),
};
registerIpcHandlers({
  appInfo: () => ({ name: 'Norms Drafter', version: '0.1.0', platform: 'electron' }),
  files,
  backups,
  setUiLanguage,
  devUrl: null,
});

const fromApp = { sender: {}, senderFrame: { url: 'app://drafter/index.html', parent: null } };
function call(channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(fromApp, ...args));
}
function callAs(event: unknown, channel: string, ...args: unknown[]): Promise<unknown> {
  return Promise.resolve().then(() => ipcHandlers.get(channel)?.(event, ...args));
}
function expectNothingDone(): void {
  expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  expect(files.writeFileAtomic).not.toHaveBeenCalled();
  expect(files.readFileLimited).not.toHaveBeenCalled();
  expect(shell.openExternal).not.toHaveBeenCalled();
  expect(setUiLanguage).not.toHaveBeenCalled();
}

const docx = [{ name: 'Word document', extensions: ['docx'] }];
const goodSave = { suggestedName: 'Examplia non-paper.docx', filters: docx, data: new Uint8Array([80, 75, 3, 4]) };
const goodOpen = { filters: docx, maxBytes: 1024 };

beforeEach(() => vi.clearAllMocks());

describe('IPC handlers', () => {
  it('register exactly one handler per invokable method, on the shared channel names', () => {
    const invokable = Object.values(CHANNELS).filter(
      (channel) => !(EVENT_CHANNELS as readonly string[]).includes(channel),
    );
    expect([...ipcHandlers.keys()].sort()).toEqual(invokable.sort());
  });

  const malformed: [string, string, unknown[]][] = [
    ['getAppInfo with an argument', CHANNELS.getAppInfo, ['unexpected']],
    ['saveFile without a request', CHANNELS.saveFile, []],
    ['saveFile with a string', CHANNELS.saveFile, ['Examplia.docx']],
    ['saveFile with text instead of bytes', CHANNELS.saveFile, [{ ...goodSave, data: 'PK' }]],
    ['saveFile with an extra path key', CHANNELS.saveFile, [{ ...goodSave, path: '/etc/cron.d/x' }]],
    ['saveFile with a huge name', CHANNELS.saveFile, [{ ...goodSave, suggestedName: 'x'.repeat(100_000) }]],
    [
      'saveFile with a __proto__ key',
      CHANNELS.saveFile,
      [{ ...goodSave, ...JSON.parse('{"__proto__":{"polluted":true}}') }],
    ],
    [
      'saveFile with oversized data',
      CHANNELS.saveFile,
      [{ ...goodSave, data: new Uint8Array(BRIDGE_LIMITS.maxFileBytes + 1) }],
    ],
    ['saveFile with two requests', CHANNELS.saveFile, [goodSave, goodSave]],
    ['openFile without maxBytes', CHANNELS.openFile, [{ filters: docx }]],
    ['openFile with infinite maxBytes', CHANNELS.openFile, [{ ...goodOpen, maxBytes: Number.POSITIVE_INFINITY }]],
    [
      'openFile with maxBytes above the limit',
      CHANNELS.openFile,
      [{ ...goodOpen, maxBytes: BRIDGE_LIMITS.maxFileBytes * 2 }],
    ],
    [
      'openFile with a path in an extension',
      CHANNELS.openFile,
      [{ ...goodOpen, filters: [{ name: 'x', extensions: ['*/../*'] }] }],
    ],
    ['openFile with a constructor key', CHANNELS.openFile, [{ ...goodOpen, constructor: { prototype: {} } }]],
    ['openFiles without maxFiles', CHANNELS.openFiles, [goodOpen]],
    ['openFiles with maxFiles above the limit', CHANNELS.openFiles, [{ ...goodOpen, maxFiles: 1000 }]],
    ['openExternal with an object', CHANNELS.openExternal, [{ href: 'https://example.org' }]],
    ['openExternal with a huge URL', CHANNELS.openExternal, [`https://example.org/${'a'.repeat(1_000_000)}`]],
    ['openExternal without a URL', CHANNELS.openExternal, []],
    ['setUiLanguage with an unknown language', CHANNELS.setUiLanguage, ['klingon']],
    ['setUiLanguage with a list', CHANNELS.setUiLanguage, [['fr']]],
    ['setUiLanguage with a __proto__ object', CHANNELS.setUiLanguage, [JSON.parse('{"__proto__":"fr"}')]],
  ];
  for (const [label, channel, args] of malformed) {
    it(`rejects ${label} and does nothing`, async () => {
      const method = label.split(' ')[0];
      await expect(call(channel, ...args)).rejects.toThrow(new RegExp(`Refused ${method}`));
      expectNothingDone();
    });
  }

  it('refuse calls from any page that is not the app', async () => {
    const foreign = [
      { sender: {}, senderFrame: { url: 'https://attacker.example/', parent: null } },
      { sender: {}, senderFrame: { url: 'file:///tmp/page.html', parent: null } },
      { sender: {}, senderFrame: { url: 'app://drafter/index.html', parent: {} } },
      { sender: {}, senderFrame: null },
    ];
    for (const event of foreign) {
      await expect(callAs(event, CHANNELS.saveFile, goodSave)).rejects.toThrow(/did not come from the app/);
      await expect(callAs(event, CHANNELS.openExternal, 'https://example.org')).rejects.toThrow(
        /did not come from the app/,
      );
    }
    expectNothingDone();
  });

  it('getAppInfo answers with the name and version', async () => {
    await expect(call(CHANNELS.getAppInfo)).resolves.toEqual({
      name: 'Norms Drafter',
      version: '0.1.0',
      platform: 'electron',
    });
  });

  it('saveFile writes to the path chosen in the save dialog and nowhere else', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/desk/Examplia final.docx' });
    await expect(call(CHANNELS.saveFile, goodSave)).resolves.toEqual({ saved: true, fileName: 'Examplia final.docx' });
    expect(files.writeFileAtomic).toHaveBeenCalledExactlyOnceWith('/home/desk/Examplia final.docx', goodSave.data);
  });

  it('saveFile writes nothing when the dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(call(CHANNELS.saveFile, goodSave)).resolves.toEqual({ saved: false });
    expect(files.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('openFile returns the chosen file, or says why not', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/Examplia.normdraft'] });
    await expect(call(CHANNELS.openFile, goodOpen)).resolves.toEqual({
      opened: true,
      name: 'Examplia.normdraft',
      data: new Uint8Array([1]),
    });
    expect(files.readFileLimited).toHaveBeenCalledWith('/media/usb/Examplia.normdraft', 1024);

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/huge.docx'] });
    files.readFileLimited.mockResolvedValueOnce({ tooLarge: true });
    await expect(call(CHANNELS.openFile, goodOpen)).resolves.toEqual({ opened: false, reason: 'too-large' });

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(call(CHANNELS.openFile, goodOpen)).resolves.toEqual({ opened: false, reason: 'cancelled' });
  });

  it('openFiles reads every chosen file within the limit, names the too large ones, and refuses too many', async () => {
    const many = { ...goodOpen, maxFiles: 2 };
    dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/media/usb/justice.normdraft', '/media/usb/scan.docx'],
    });
    files.readFileLimited.mockResolvedValueOnce({ tooLarge: false, data: new Uint8Array([1]) });
    files.readFileLimited.mockResolvedValueOnce({ tooLarge: true });
    await expect(call(CHANNELS.openFiles, many)).resolves.toEqual({
      opened: true,
      files: [{ name: 'justice.normdraft', data: new Uint8Array([1]) }],
      tooLarge: ['scan.docx'],
    });
    expect(dialog.showOpenDialog.mock.calls.at(-1)?.at(-1)).toMatchObject({
      properties: ['openFile', 'multiSelections'],
    });

    files.readFileLimited.mockClear();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.docx', '/b.docx', '/c.docx'] });
    await expect(call(CHANNELS.openFiles, many)).resolves.toEqual({ opened: false, reason: 'too-many' });
    expect(files.readFileLimited).not.toHaveBeenCalled();

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(call(CHANNELS.openFiles, many)).resolves.toEqual({ opened: false, reason: 'cancelled' });
  });

  it('openExternal opens only parsed web and mail links', async () => {
    await expect(call(CHANNELS.openExternal, 'javascript:alert(1)')).resolves.toBe(false);
    await expect(call(CHANNELS.openExternal, 'file:///etc/passwd')).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
    await expect(call(CHANNELS.openExternal, 'https://example.org/a')).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/a');
  });

  it('setUiLanguage passes the language on', async () => {
    await call(CHANNELS.setUiLanguage, 'ar');
    expect(setUiLanguage).toHaveBeenCalledWith('ar');
  });
});

describe('saveFile on disk', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'drafter-ipc-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('leaves exactly the chosen file, complete, whatever name the page suggested', async () => {
    ipcHandlers.clear();
    registerIpcHandlers({
      appInfo: () => ({ name: 'x', version: '0', platform: 'electron' }),
      files: nodeFileAccess,
      backups,
      setUiLanguage,
      devUrl: null,
    });
    const chosen = join(folder, 'Submission.docx');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const data = new TextEncoder().encode('Republic of Examplia — national non-paper');
    await call(CHANNELS.saveFile, { suggestedName: 'other-name.docx', filters: docx, data });
    expect(await readdir(folder)).toEqual(['Submission.docx']);
    expect(new Uint8Array(await readFile(chosen))).toEqual(data);
  });
});
