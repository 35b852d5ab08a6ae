import { describe, expect, it } from 'vitest';
import type { DraftBackups } from '../../../shared/bridge/api';
import { checkStorageAtStart, type StartupDeps } from './startup-check';

const backups: DraftBackups[] = [
  { draftId: 'd1', title: 'Non-paper', files: [{ file: '20260512T090000000Z.normdraft', savedAt: 1, bytes: 10 }] },
];
const named = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });
const noPause = { pause: async () => undefined };
const failing = (...errors: unknown[]): Pick<StartupDeps, 'anyDraftStored'> & { calls: () => number } => {
  let calls = 0;
  return {
    anyDraftStored: () => (calls < errors.length ? Promise.reject(errors[calls++]) : (calls++, Promise.resolve(true))),
    calls: () => calls,
  };
};

describe('checkStorageAtStart', () => {
  it('is quiet when the library has drafts, or when it is empty with no backups (a first start)', async () => {
    expect(await checkStorageAtStart({ anyDraftStored: async () => true, listBackups: async () => backups })).toEqual({
      kind: 'ok',
    });
    expect(await checkStorageAtStart({ anyDraftStored: async () => false, listBackups: async () => [] })).toEqual({
      kind: 'ok',
    });
  });

  it('reports an empty library while backups exist', async () => {
    expect(await checkStorageAtStart({ anyDraftStored: async () => false, listBackups: async () => backups })).toEqual({
      kind: 'empty-with-backups',
      backups,
    });
  });

  it('reports why the library cannot be read: damage, a newer version, a full disk, another window', async () => {
    const damaged = await checkStorageAtStart({
      ...noPause,
      anyDraftStored: () => Promise.reject(named('OpenFailedError', named('UnknownError'))),
      listBackups: async () => backups,
    });
    expect(damaged).toEqual({ kind: 'unreadable', backups, problem: 'damaged' });
    const newer = await checkStorageAtStart({
      ...noPause,
      anyDraftStored: () => Promise.reject(named('OpenFailedError', named('VersionError'))),
      listBackups: () => Promise.reject(new Error('no bridge')),
    });
    expect(newer).toEqual({ kind: 'unreadable', backups: [], problem: 'newer-version' });
    const full = await checkStorageAtStart({
      ...noPause,
      anyDraftStored: () => Promise.reject(named('QuotaExceededError')),
      listBackups: async () => [],
    });
    expect(full).toEqual({ kind: 'unreadable', backups: [], problem: 'quota' });
    const held = await checkStorageAtStart({
      ...noPause,
      anyDraftStored: () => Promise.reject(named('DatabaseClosedError', named('VersionChangeError'))),
      listBackups: async () => [],
    });
    expect(held).toEqual({ kind: 'unreadable', backups: [], problem: 'blocked' });
  });

  it('reads an "unknown" failure on a nearly full disk as a full disk, never as damage', async () => {
    const finding = await checkStorageAtStart({
      ...noPause,
      anyDraftStored: () => Promise.reject(named('OpenFailedError', named('UnknownError'))),
      listBackups: async () => [],
      lowOnSpace: async () => true,
    });
    expect(finding).toEqual({ kind: 'unreadable', backups: [], problem: 'quota' });
  });

  it('tries a passing or unknown failure once more, and is quiet when the second attempt reads the library', async () => {
    const once = failing(named('AbortError'));
    expect(await checkStorageAtStart({ ...noPause, ...once, listBackups: async () => [] })).toEqual({ kind: 'ok' });
    expect(once.calls()).toBe(2);
    const twice = failing(named('TimeoutError'), named('TimeoutError'));
    expect(await checkStorageAtStart({ ...noPause, ...twice, listBackups: async () => [] })).toEqual({
      kind: 'unreadable',
      backups: [],
      problem: 'transient',
    });
    const full = failing(named('QuotaExceededError'));
    await checkStorageAtStart({ ...noPause, ...full, listBackups: async () => [] });
    expect(full.calls()).toBe(1);
  });
});
