import { describe, expect, it } from 'vitest';
import type { DraftBackups } from '../../../shared/bridge/api';
import { checkStorageAtStart } from './startup-check';

const backups: DraftBackups[] = [{ draftId: 'd1', title: 'Non-paper', files: [{ file: '20260512T090000000Z.normdraft', savedAt: 1, bytes: 10 }] }];
const named = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });

describe('checkStorageAtStart', () => {
  it('is quiet when the library has drafts, or when it is empty with no backups (a first start)', async () => {
    expect(await checkStorageAtStart({ countDrafts: async () => 3, listBackups: async () => backups })).toEqual({ kind: 'ok' });
    expect(await checkStorageAtStart({ countDrafts: async () => 0, listBackups: async () => [] })).toEqual({ kind: 'ok' });
  });

  it('reports an empty library while backups exist', async () => {
    expect(await checkStorageAtStart({ countDrafts: async () => 0, listBackups: async () => backups })).toEqual({ kind: 'empty-with-backups', backups });
  });

  it('reports an unreadable library, telling a newer version apart from damage', async () => {
    const damaged = await checkStorageAtStart({ countDrafts: () => Promise.reject(named('OpenFailedError', named('UnknownError'))), listBackups: async () => backups });
    expect(damaged).toEqual({ kind: 'unreadable', backups, newerVersion: false });
    const newer = await checkStorageAtStart({ countDrafts: () => Promise.reject(named('OpenFailedError', named('VersionError'))), listBackups: () => Promise.reject(new Error('no bridge')) });
    expect(newer).toEqual({ kind: 'unreadable', backups: [], newerVersion: true });
  });
});
