// Runs one export in a fresh web worker and settles with the file's bytes, reporting progress on
// the way. A worker that fails to start or dies is reported as "stopped", never left hanging.
// Types only: the writer itself (and the docx library) is loaded in the worker, not the page.
import type { ExportMessage, ExportRequest } from '../../../shared/docx/worker-protocol';

export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror' | 'onmessageerror'>;

export class ExportFailure extends Error {
  override readonly name = 'ExportFailure';
  constructor(
    /** 'failed': the writer refused the draft (with its message); 'stopped': the worker died. */
    readonly kind: 'failed' | 'stopped' | 'cancelled',
    message: string,
  ) {
    super(message);
  }
}

export interface ExportRun {
  onProgress?: (fraction: number) => void;
  /** Ends the worker and settles as 'cancelled'. */
  signal?: AbortSignal;
}

export function exportInWorker(
  request: ExportRequest,
  createWorker: () => WorkerLike,
  { onProgress, signal }: ExportRun = {},
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ExportFailure('cancelled', 'cancelled'));
    let worker: WorkerLike;
    try {
      worker = createWorker();
    } catch (error) {
      reject(new ExportFailure('stopped', error instanceof Error ? error.message : String(error)));
      return;
    }
    const finish = (settle: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      settle();
    };
    const onAbort = () => finish(() => reject(new ExportFailure('cancelled', 'cancelled')));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ExportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.total > 0 ? message.done / message.total : 0);
      else if (message.type === 'done') finish(() => resolve(message.bytes));
      else finish(() => reject(new ExportFailure('failed', message.message)));
    };
    worker.onerror = (event) => {
      // Keep the page's console clean: the dialog says what happened.
      event.preventDefault();
      finish(() => reject(new ExportFailure('stopped', event.message || 'worker error')));
    };
    worker.onmessageerror = () => finish(() => reject(new ExportFailure('stopped', 'unreadable message')));
    worker.postMessage(request);
  });
}
