// Backup files are parsed in a worker thread, never on main's event loop: here parsing in this
// thread throws, and the store still writes, checks and lists backups through the real worker.
import { Worker } from 'node:worker_threads';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Normdraft from '../shared/format/normdraft';
import { serializeNormdraft } from '../shared/format/normdraft';
import { paragraphState } from '../shared/model/empty';
import { SAMPLE_DRAFT_FIELDS } from '../test/fixtures/sample-draft';
import { WorkerBackupInspector } from './backup-inspector';
import { BackupStore } from './backups';
import { startSourceWorker } from './testing/inspectors';

vi.mock('../shared/format/normdraft', async (importOriginal) => {
  const real = await importOriginal<typeof Normdraft>();
  const onMainThread = () => {
    throw new Error('a backup was parsed on the main thread');
  };
  return { ...real, parseNormdraft: onMainThread, parseNormdraftBytes: onMainThread };
});

const bytes = (id: string, text: string) =>
  new TextEncoder().encode(
    serializeNormdraft({
      id,
      ...SAMPLE_DRAFT_FIELDS,
      updatedAt: 2,
      sections: [
        {
          id: 'norm-a',
          kind: 'norm',
          norm: 'a',
          heading: 'a',
          status: text ? 'drafting' : 'empty',
          content: paragraphState(text ? [text] : []),
        },
      ],
    }),
  );

let root = '';
let inspector: WorkerBackupInspector;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'drafter-backup-worker-'));
});
afterEach(async () => {
  await inspector.close();
  await rm(root, { recursive: true, force: true });
});

describe('backup parsing off the main thread', () => {
  it('writes, refuses and lists backups with every file parsed in the worker', async () => {
    inspector = new WorkerBackupInspector(startSourceWorker);
    let clock = Date.UTC(2026, 4, 12, 9);
    const store = new BackupStore(join(root, 'backups'), { inspector, now: () => (clock += 60_000) });
    expect((await store.write('d1', bytes('d1', 'Examplia supports norm (a).'))).written).toBe(true);
    expect(await store.write('d1', new TextEncoder().encode('{"format":'))).toEqual({
      written: false,
      reason: 'invalid',
    });
    expect(await store.write('d2', bytes('d1', 'Another draft.'))).toEqual({ written: false, reason: 'invalid' });
    expect(await store.write('d1', bytes('d1', ''))).toEqual({ written: false, reason: 'would-empty' });
    // A fresh store (the app started again) reads the title through the worker too.
    const fresh = new BackupStore(join(root, 'backups'), { inspector });
    expect(await fresh.list()).toMatchObject([{ draftId: 'd1', title: SAMPLE_DRAFT_FIELDS.fields.title }]);
  });

  it('a worker that dies fails the calls in flight; the next call starts a new worker', async () => {
    let starts = 0;
    inspector = new WorkerBackupInspector(() => {
      starts += 1;
      // The first worker dies on its first message, as one would that ran out of memory.
      return starts === 1
        ? new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3))", { eval: true })
        : startSourceWorker();
    });
    await expect(inspector.inspect(bytes('d1', 'Text.'))).rejects.toThrow(/Backup inspection failed/);
    expect(await inspector.inspect(bytes('d1', 'Text.'))).toEqual({
      draftId: 'd1',
      title: SAMPLE_DRAFT_FIELDS.fields.title,
      words: 1,
    });
    expect(starts).toBe(2);
  });
});
