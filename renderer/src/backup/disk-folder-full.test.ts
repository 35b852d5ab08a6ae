// A backup refused because the backups folder is full is a failure with its reason (so the
// scheduler tries again and the storage status can say why), never a silent skip.
import { describe, expect, it, vi } from 'vitest';
import type { WriteBackupResult } from '../../../shared/bridge/api';
import { paragraphState } from '../../../shared/model/empty';
import { SAMPLE_DRAFT_FIELDS } from '../../../test/fixtures/sample-draft';
import type { LiveDraftDeps } from '../storage/live-draft';
import { BackupFolderFullError, writeDraftBackup } from './disk';

const answer = vi.hoisted(() => ({ current: null as WriteBackupResult | null }));
vi.mock('../platform', () => ({ platform: { writeBackup: async () => answer.current }, isDesktop: true }));

/** The stored draft, with nothing waiting to be written. */
const live = {
  autosaver: { flush: async () => undefined, unsaved: () => new Map() },
  repository: {
    get: async (id: string) => ({
      draft: {
        id,
        ...SAMPLE_DRAFT_FIELDS,
        updatedAt: 2,
        sections: [
          {
            id: 'norm-a',
            kind: 'norm',
            norm: 'a',
            heading: 'a',
            status: 'drafting',
            content: paragraphState(['Examplia.']),
          },
        ],
      },
    }),
  },
} as unknown as LiveDraftDeps;

describe('writeDraftBackup', () => {
  it('reports a full backups folder as a failure naming the limit', async () => {
    answer.current = { written: false, reason: 'folder-full', maxTotalBytes: 512 * 1024 * 1024 };
    const failure = await writeDraftBackup(live, 'd1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BackupFolderFullError);
    expect(failure).toMatchObject({
      maxTotalBytes: 512 * 1024 * 1024,
      message: 'The backups folder is full (512 MB).',
    });
  });

  it('still waits and retries when backups were written too often', async () => {
    answer.current = { written: false, reason: 'too-soon' };
    expect(await writeDraftBackup(live, 'd1')).toBe('too-soon');
  });
});
