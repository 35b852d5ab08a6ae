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

/** Threads that have ended (crashed or were ended) before or while reading. */
const ended = new WeakSet<Worker>();

function startThread(): Worker {
  const entry = import.meta.url;
  const options = { workerData: { role: ROLE } };
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  const worker = entry.endsWith('.ts')
    ? new Worker(boot, { ...options, eval: true })
    : new Worker(new URL(entry), options);
  // A thread started early may fail before it is given pages: noted here, reported by read().
  worker.on('error', () => undefined);
  worker.once('exit', () => ended.add(worker));
  return worker;
}

function threadReader(worker: Worker): PdfPageReader {
  // Not unref'd: the command waits for its pages; close() ends it whatever happens.
  return {
    read: (bytes, claims, pages) =>
      new Promise<NumberedPage[]>((resolve, reject) => {
        // A thread that fails without saying why (out of memory, a crash of pdf.js) fails the file.
        const broken = () => reject(new ImportError('pdf-damaged'));
        if (ended.has(worker)) return broken();
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

/**
 * Readers for a file of this many pages: the threads already `started` first (taken out of the
 * list; those not needed are ended), then new ones.
 */
export function pageThreads(pages: number, started: Worker[] = []): PdfPageReader[] {
  const wanted = extraThreads(pages);
  const workers = started.splice(0, wanted);
  for (const unused of started.splice(0)) void unused.terminate();
  while (workers.length < wanted) workers.push(startThread());
  return workers.map(threadReader);
}

/** pdf.js for one import on the command line, reading long files on the machine's spare cores. */
export interface CommandPdf {
  /** The engine, made once the file turns out to be a PDF (ImportOptions.pdf). */
  engine(): Promise<PdfEngine>;
  /** Ends a thread started early and never given pages (the file refused, or shorter than it said). */
  close(): void;
}

/**
 * The most pages a page tree of the file states in plain text ("/Count 144"), or 0 when its page
 * tree is compressed: only a hint for starting a thread early, never trusted for the reading.
 */
export function statedPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let most = 0;
  for (let at = text.indexOf('/Count'); at !== -1; at = text.indexOf('/Count', at + 6)) {
    const count = /^\s*(\d{1,5})\b/.exec(text.toString('latin1', at + 6, at + 16));
    if (count) most = Math.max(most, Number(count[1]));
  }
  return most;
}

/** For the file `bytes` (whatever its format: the engine is asked for only when it is a PDF). */
export function commandPdf(bytes: Uint8Array): CommandPdf {
  const early: Worker[] = [];
  return {
    async engine() {
      // A file that says it is long gets its thread at once: the thread loads pdf.js beside this
      // thread's own loading and the file's checks, so it is ready when the pages are handed out.
      if (extraThreads(statedPages(bytes)) > 0) early.push(startThread());
      return { ...(await nodePdfEngine()), pageReaders: (pages) => pageThreads(pages, early) };
    },
    close: () => {
      for (const unused of early.splice(0)) void unused.terminate();
    },
  };
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
