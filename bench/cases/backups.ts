// Main's event loop while the desktop app writes backups of a draft at the largest size a backup
// may have: parsing runs in the inspection worker, so main's longest stall must stay under 50 ms
// (its IPC, menus and dialogs stay responsive). The same writes with the parsing in-process are
// printed for comparison.
import { mkdtempSync, rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { paragraphState } from '../../shared/model/empty';
import { NORM_LETTERS } from '../../shared/model/draft';
import type { BackupInspector } from '../../electron/backup-inspect';
import { BackupStore } from '../../electron/backups';
import { inProcessInspector, workerInspector } from '../../electron/testing/inspectors';
import { SAMPLE_DRAFT_FIELDS } from '../../test/fixtures/sample-draft';
import { WORK_DIR } from '../lib/paths';
import type { Result } from '../lib/stats';

const WRITES = 3;
const FRAME_BAR_MS = 50;

function largestBackup(): Uint8Array {
  const paragraphs = Array.from({ length: 4000 }, (_, i) =>
    `Paragraph ${i} of the Republic of Examplia's national non-paper, with words. `.repeat(6),
  );
  return new TextEncoder().encode(
    serializeNormdraft({
      ...SAMPLE_DRAFT_FIELDS,
      id: 'bench-backup',
      fields: { ...SAMPLE_DRAFT_FIELDS.fields, title: 'Bench backup' },
      updatedAt: 2,
      sections: NORM_LETTERS.map((norm) => ({
        id: `norm-${norm}`,
        kind: 'norm' as const,
        norm,
        heading: norm,
        status: 'drafting' as const,
        content: paragraphState(paragraphs),
      })),
    }),
  );
}

/** Longest event-loop stall (ms) while the store writes the backup WRITES times, after one warm-up write. */
async function longestStall(inspector: BackupInspector, data: Uint8Array): Promise<number> {
  const root = mkdtempSync(join(WORK_DIR, 'backups-'));
  try {
    const store = new BackupStore(root, { inspector, minIntervalMs: 0 });
    await store.write('bench-backup', data);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    for (let i = 0; i < WRITES; i++) await store.write('bench-backup', data);
    delay.disable();
    return delay.max / 1e6;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export async function backupMainLoopCase(): Promise<Result> {
  const data = largestBackup();
  const worker = workerInspector();
  try {
    const inWorker = await longestStall(worker, data);
    const inProcess = await longestStall(inProcessInspector, data);
    console.log(
      `INFO backup of ${(data.byteLength / 2 ** 20).toFixed(1)} MB: main's longest stall ${inWorker.toFixed(0)} ms with the worker, ${inProcess.toFixed(0)} ms parsing in-process`,
    );
    return { name: 'backup-write-main-stall', ours: inWorker, baseline: FRAME_BAR_MS, unit: 'ms', maxRatio: 1 };
  } finally {
    await worker.close();
  }
}
