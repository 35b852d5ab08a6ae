import { describe, expect, it } from 'vitest';
import { handleExportRequest, type ExportMessage, type ExportRequest } from '../../../shared/docx';
import type { Draft } from '../../../shared/model/draft';
import { paragraphState } from '../../../shared/model/empty';
import { ExportFailure, exportInWorker, type WorkerLike } from './run-export';
import { SAMPLE_DRAFT_FIELDS } from '../../../test/fixtures/sample-draft';

const draft: Draft = {
  id: 'd1',
  ...SAMPLE_DRAFT_FIELDS,
  updatedAt: 1,
  sections: [
    {
      id: 'norm-a',
      kind: 'norm',
      norm: 'a',
      heading: 'Cooperation',
      status: 'drafting',
      content: paragraphState(['Examplia cooperates.']),
    },
  ],
};
const request: ExportRequest = { type: 'export', draft, options: {}, now: Date.UTC(2026, 4, 12) };

/** A stand-in for the worker: answers a request the way the worker script is told to. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  terminated = false;
  constructor(
    private readonly answer: (request: ExportRequest, post: (m: ExportMessage) => void, self: FakeWorker) => void,
  ) {}
  postMessage(message: unknown): void {
    setTimeout(() =>
      this.answer(
        message as ExportRequest,
        (m) => this.onmessage?.call(this as never, { data: m } as MessageEvent),
        this,
      ),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('exportInWorker', () => {
  it('returns the DOCX the worker wrote, with progress rising to the end, and stops the worker', async () => {
    const worker = new FakeWorker((req, post) => void handleExportRequest(req, post));
    const progress: number[] = [];
    const bytes = await exportInWorker(request, () => worker, { onProgress: (f) => progress.push(f) });
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(worker.terminated).toBe(true);
  });

  it('reports the writer refusing the draft as a failure with its message', async () => {
    const worker = new FakeWorker((_req, post) => post({ type: 'error', message: 'too many footnotes' }));
    await expect(exportInWorker(request, () => worker)).rejects.toEqual(
      new ExportFailure('failed', 'too many footnotes'),
    );
    expect(worker.terminated).toBe(true);
  });

  it('ends the worker when the user cancels', async () => {
    const silent = new FakeWorker(() => {});
    const controller = new AbortController();
    const running = exportInWorker(request, () => silent, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({ kind: 'cancelled' });
    expect(silent.terminated).toBe(true);
  });

  it('reports a worker that fails to load or dies as stopped', async () => {
    const dying = new FakeWorker((_req, _post, self) =>
      self.onerror?.call(self as never, { message: 'script blocked', preventDefault() {} } as ErrorEvent),
    );
    await expect(exportInWorker(request, () => dying)).rejects.toMatchObject({ kind: 'stopped' });
    await expect(
      exportInWorker(request, () => {
        throw new Error('workers unavailable');
      }),
    ).rejects.toMatchObject({ kind: 'stopped', message: 'workers unavailable' });
  });
});
