// The backup methods through IPC: every argument checked before the backup folder is touched.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../shared/bridge/api';
import { serializeNormdraft } from '../shared/format/normdraft';
import { paragraphState } from '../shared/model/empty';
import { BackupStore } from './backups';
import { nodeFileAccess } from './files';
import { registerIpcHandlers } from './ipc';
import { ipcHandlers } from './testing/fake-electron';
import { inProcessInspector } from './testing/inspectors';
import { SAMPLE_DRAFT_FIELDS } from '../test/fixtures/sample-draft';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

const root = await mkdtemp(join(tmpdir(), 'drafter-backup-ipc-'));
const backups = new BackupStore(join(root, 'backups'), { inspector: inProcessInspector, minIntervalMs: 0 });
registerIpcHandlers({
  appInfo: () => ({ name: 'Norms Drafter', version: '0.1.0', platform: 'electron' }),
  files: nodeFileAccess,
  backups,
  setUiLanguage: () => {},
  devUrl: null,
});
afterAll(() => rm(root, { recursive: true, force: true }));

const fromApp = { sender: {}, senderFrame: { url: 'app://drafter/index.html', parent: null } };
const call = (channel: string, ...args: unknown[]) =>
  Promise.resolve().then(() => ipcHandlers.get(channel)!(fromApp, ...args));
const data = new TextEncoder().encode(
  serializeNormdraft({
    id: 'd1',
    ...SAMPLE_DRAFT_FIELDS,
    updatedAt: 2,
    sections: [
      { id: 'norm-a', kind: 'norm', norm: 'a', heading: 'a', status: 'drafting', content: paragraphState(['Text.']) },
    ],
  }),
);

describe('backup IPC', () => {
  const malformed: [string, string, unknown[]][] = [
    ['listBackups with an argument', CHANNELS.listBackups, ['/etc']],
    ['writeBackup with a path as id', CHANNELS.writeBackup, [{ draftId: '../../x', data }]],
    ['writeBackup with a Windows device name as id', CHANNELS.writeBackup, [{ draftId: 'aux', data }]],
    ['writeBackup with text data', CHANNELS.writeBackup, [{ draftId: 'd1', data: 'text' }]],
    ['writeBackup with an extra key', CHANNELS.writeBackup, [{ draftId: 'd1', data, path: '/tmp/x' }]],
    [
      'writeBackup with oversized data',
      CHANNELS.writeBackup,
      [{ draftId: 'd1', data: new Uint8Array(32 * 1024 * 1024 + 1) }],
    ],
    ['writeBackup with a __proto__ key', CHANNELS.writeBackup, [JSON.parse('{"draftId":"d1","__proto__":{"x":1}}')]],
    ['readBackup with a traversal', CHANNELS.readBackup, [{ draftId: 'd1', file: '../../../etc/passwd' }]],
    ['readBackup with another file type', CHANNELS.readBackup, [{ draftId: 'd1', file: 'window-state.json' }]],
    ['readBackup without a file', CHANNELS.readBackup, [{ draftId: 'd1' }]],
  ];
  for (const [label, channel, args] of malformed) {
    it(`rejects ${label} and touches no file`, async () => {
      await expect(call(channel, ...args)).rejects.toThrow(/^Refused /);
      expect(await readdir(root)).toEqual([]);
    });
  }

  it('writes, lists and reads a backup for honest calls', async () => {
    const written = (await call(CHANNELS.writeBackup, { draftId: 'd1', data })) as { written: true; file: string };
    expect(written.written).toBe(true);
    expect(await call(CHANNELS.listBackups)).toMatchObject([{ draftId: 'd1', title: 'Non-paper' }]);
    expect(await call(CHANNELS.readBackup, { draftId: 'd1', file: written.file })).toEqual({
      found: true,
      data: new Uint8Array(data),
    });
  });

  it('refuses a call from a frame that is not the app', async () => {
    const foreign = { sender: {}, senderFrame: { url: 'https://example.org/', parent: null } };
    await expect(Promise.resolve().then(() => ipcHandlers.get(CHANNELS.listBackups)!(foreign))).rejects.toThrow(
      /did not come from the app/,
    );
  });
});
