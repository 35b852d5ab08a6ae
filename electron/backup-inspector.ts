// Main's side of the backup inspection worker: one worker, started when needed and ended after a
// quiet spell, with a memory ceiling so that a hostile file costs the worker, never main. If the
// worker dies, the calls in flight fail (the backup write is reported as failed) and the next
// call starts a new one.
import type { Worker } from 'node:worker_threads';
import type { BackupInspector, BackupSummary } from './backup-inspect';
import type { InspectRequest } from './backup-inspect.worker';

/** Heap ceiling of the worker: a 32 MB draft parses in well under this. */
export const INSPECTOR_HEAP_MB = 768;
const IDLE_MS = 30_000;

interface Pending {
  resolve(summary: BackupSummary | null): void;
  reject(error: Error): void;
}

export class WorkerBackupInspector implements BackupInspector {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  /** `start` creates the worker (new Worker(path, { resourceLimits })). */
  constructor(
    private readonly start: () => Worker,
    private readonly idleMs = IDLE_MS,
  ) {}

  inspect(data: Uint8Array): Promise<BackupSummary | null> {
    const worker = this.running();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, data } satisfies InspectRequest);
    });
  }

  /** Ends the worker (tests; the app lets it end on its own when idle). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await worker?.terminate();
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    // An idle worker must never keep the app from quitting.
    worker.unref();
    worker.on('message', (message: { id: number; summary: BackupSummary | null }) => {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      call?.resolve(message.summary);
      if (this.pending.size === 0) {
        this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
        this.idleTimer.unref();
      }
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const call of this.pending.values()) call.reject(new Error(`Backup inspection failed: ${error.message}`));
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
