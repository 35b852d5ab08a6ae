// A long PDF read on several cores: worker threads (one per spare core, at most three) with their
// own pdf.js take pages one at a time from a counter shared with the command's thread
// (extractPdfPageShare, page-claims.ts), so a thread that is still starting takes fewer pages. A thread costs a fifth of a second to start (pdf.js is loaded
// again), so files under 48 pages are read in one thread. This module is also the threads'
// entry: in the bundle that is the bundle itself (main.ts runs no command in a thread), from the
// sources it is this file, run with tsx as the tests run.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ImportError, type ImportErrorCode, type MessageParams } from '../shared/import/errors';
import type { NumberedPage, PdfEngine, PdfPageReader } from '../shared/import/pdf/engine';
import { extractPdfPageShare } from '../shared/import/pdf/extract';
import { nodePdfEngine } from './pdf-engine';

const ROLE = 'norms-drafter-pdf-pages';
/** Pages each thread should have to read for starting it to pay. */
export const PAGES_PER_THREAD = 24;
const MAX_THREADS = 3;

interface PageRequest {
  bytes: Uint8Array;
  /** Shared, not copied: the counter the readers take pages from. */
  claims: SharedArrayBuffer;
  pages: number;
}
type PageReply = { pages: NumberedPage[] } | { error: { code: ImportErrorCode; params: MessageParams } | null };

function startThread(): Worker {
  const entry = import.meta.url;
  const options = { workerData: { role: ROLE } };
  if (!entry.endsWith('.ts')) return new Worker(new URL(entry), options);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

function threadReader(): PdfPageReader {
  // Not unref'd: the command waits for its pages; close() ends it whatever happens.
  const worker = startThread();
  return {
    read: (bytes, claims, pages) =>
      new Promise<NumberedPage[]>((resolve, reject) => {
        // A thread that fails without saying why (out of memory, a crash of pdf.js) fails the file.
        const broken = () => reject(new ImportError('pdf-damaged'));
        worker.once('message', (reply: PageReply) => {
          if ('pages' in reply) resolve(reply.pages);
          else if (reply.error) reject(new ImportError(reply.error.code, reply.error.params));
          else broken();
        });
        worker.once('error', broken);
        worker.once('exit', broken);
        worker.postMessage({ bytes, claims, pages } satisfies PageRequest);
      }),
    close: () => void worker.terminate(),
  };
}

/** Threads besides the command's own for a file of this many pages: none when it is short or the machine has one core. */
export function extraThreads(pages: number): number {
  return Math.max(0, Math.min(availableParallelism() - 1, MAX_THREADS, Math.floor(pages / PAGES_PER_THREAD) - 1));
}

export function pageThreads(pages: number): PdfPageReader[] {
  return Array.from({ length: extraThreads(pages) }, threadReader);
}

/** pdf.js for the command line, reading long files on the machine's spare cores. */
export async function parallelPdfEngine(): Promise<PdfEngine> {
  return { ...(await nodePdfEngine()), pageReaders: pageThreads };
}

function serve(port: NonNullable<typeof parentPort>): void {
  // pdf.js is loaded while the command's thread is still opening the file.
  const engine = nodePdfEngine();
  engine.catch(() => undefined); // awaited with the request
  port.once('message', async ({ bytes, claims, pages }: PageRequest) => {
    let reply: PageReply;
    try {
      reply = { pages: await extractPdfPageShare(await engine, bytes, claims, pages) };
    } catch (error) {
      reply = { error: error instanceof ImportError ? { code: error.code, params: error.params } : null };
    }
    port.postMessage(reply);
  });
}

if (!isMainThread && parentPort && (workerData as { role?: unknown } | null)?.role === ROLE) serve(parentPort);
