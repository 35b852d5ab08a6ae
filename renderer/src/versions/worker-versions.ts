// Taking versions of stored drafts in the versions worker (version-protocol.ts), started when
// the first version is taken. Where workers are unavailable, or the worker cannot start, the
// page takes them itself, as before.
import type { VersionReason, VersionRow } from '../storage/db';
import type { TakeOptions, VersionStore } from './store';
import { answerError, type TakeVersionRequest, type VersionWorkerAnswer } from './version-protocol';

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<VersionWorkerAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

interface Pending {
  request: TakeVersionRequest;
  resolve(version: VersionRow | null): void;
  reject(error: Error): void;
}

export class WorkerVersions {
  private worker: WorkerLike | null = null;
  private broken = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    /** The page's own store: the fallback, and the clock for the worker's versions. */
    private readonly local: Pick<VersionStore, 'take'>,
    private readonly start: (() => WorkerLike) | null,
    private readonly now: () => number = Date.now,
  ) {}

  take(draftId: string, reason: VersionReason, options: TakeOptions = {}): Promise<VersionRow | null> {
    const worker = this.ensureWorker();
    if (!worker) return this.local.take(draftId, reason, options);
    const request: TakeVersionRequest = { type: 'take', id: this.nextId++, draftId, reason, options, now: this.now() };
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { request, resolve, reject });
      worker.postMessage(request);
    });
  }

  private ensureWorker(): WorkerLike | null {
    if (this.worker || this.broken || !this.start) return this.worker;
    try {
      const worker = this.start();
      worker.onmessage = (event) => this.answered(event.data);
      // The worker's script failed to load or run: the page takes these versions itself, and
      // every later one.
      worker.onerror = (event) => {
        event.preventDefault();
        this.giveUp();
      };
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private answered(answer: VersionWorkerAnswer): void {
    const pending = this.pending.get(answer.id);
    if (!pending) return;
    this.pending.delete(answer.id);
    if (answer.type === 'taken') pending.resolve(answer.version);
    else pending.reject(answerError(answer));
  }

  private giveUp(): void {
    this.broken = true;
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { request, resolve, reject } of waiting)
      this.local.take(request.draftId, request.reason, request.options).then(resolve, reject);
  }
}
