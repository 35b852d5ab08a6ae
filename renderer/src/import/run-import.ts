// Runs one import in a fresh web worker. Cancelling (the signal) asks the worker to stop at its next
// check and settles at once as 'cancelled'; the worker is ended when it answers, or shortly after
// if it is stuck inside a long step. Nothing reaches the library from here: the caller decides.
import type { ImportReport } from '../../../shared/import';
import type { Draft } from '../../../shared/model/draft';
import type { ImportFailureCode, ImportRequest, ImportWorkerMessage } from './protocol';

export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror' | 'onmessageerror'>;

export class ImportFailure extends Error {
  override readonly name = 'ImportFailure';
  constructor(
    readonly code: ImportFailureCode | 'stopped',
    readonly params: Record<string, string | number> = {},
    message: string = code,
  ) {
    super(message);
  }
}

/** How long a cancelled worker may take to stop by itself before it is ended. */
const CANCEL_GRACE_MS = 1_500;

export interface ImportRun {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export function importInWorker(
  request: ImportRequest,
  createWorker: () => WorkerLike,
  { onProgress, signal }: ImportRun = {},
): Promise<{ draft: Draft; report: ImportReport }> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ImportFailure('cancelled'));
    let worker: WorkerLike;
    try {
      worker = createWorker();
    } catch (error) {
      return reject(new ImportFailure('stopped', {}, error instanceof Error ? error.message : String(error)));
    }
    let settled = false;
    const end = () => {
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
    };
    const settle = (done: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      if (!settled) done();
      settled = true;
    };
    const onAbort = () => {
      settle(() => reject(new ImportFailure('cancelled')));
      worker.postMessage({ type: 'cancel' });
      // The worker answers 'cancelled' at its next check; if it is busy for long, end it anyway.
      setTimeout(end, CANCEL_GRACE_MS);
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      // Only the import's own messages count: pdf.js's worker code, loaded in this worker to run
      // in-process, announces itself to whoever made the worker.
      if (!['progress', 'done', 'error'].includes((message as { type?: unknown } | null)?.type as string)) return;
      if (message.type === 'progress') {
        if (!settled) onProgress?.(message.fraction);
        return;
      }
      end();
      if (message.type === 'done') settle(() => resolve({ draft: message.draft, report: message.report }));
      else settle(() => reject(new ImportFailure(message.code, message.params, message.message)));
    };
    worker.onerror = (event) => {
      // The dialog says what happened; keep the console for real errors.
      event.preventDefault();
      end();
      settle(() => reject(new ImportFailure('stopped', {}, event.message || 'worker error')));
    };
    worker.onmessageerror = () => {
      end();
      settle(() => reject(new ImportFailure('stopped', {}, 'unreadable message')));
    };
    worker.postMessage(request);
  });
}
