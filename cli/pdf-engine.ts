// pdf.js for Node (the CLI, tests and benchmarks): the legacy build, with pdf.js's worker code run
// in this process (no second thread to start), and the character maps read from the pdfjs-dist
// package on disk. Node 20 lacks two newer built-ins pdf.js uses; they are provided first.
// The legacy build also replaces a few of Node's own built-ins with slower spec-polyfills (core-js:
// Array#push, JSON.stringify, JSON.parse), which slowed every array and the .normdraft writing of
// the whole command by a fifth; Node's own are put back once pdf.js is loaded.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { constants as zlibConstants, inflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import type { PdfEngine, PdfJs } from '../shared/import';

interface Resolvers {
  withResolvers?: <T>() => {
    promise: Promise<T>;
    resolve: (value: T | PromiseLike<T>) => void;
    reject: (reason?: unknown) => void;
  };
}

function provideBuiltIns(): void {
  const promises = Promise as PromiseConstructor & Resolvers;
  if (typeof promises.withResolvers !== 'function') {
    promises.withResolvers = function <T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      return { promise, resolve, reject };
    };
  }
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof proto.transferToFixedLength !== 'function') {
    proto.transferToFixedLength = function (this: ArrayBuffer, length = this.byteLength) {
      const moved = structuredClone(this, { transfer: [this] });
      if (length === moved.byteLength) return moved;
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(moved, 0, Math.min(length, moved.byteLength)));
      return copy;
    };
  }
}

/** Built-ins the legacy build replaces although Node's own serve pdf.js as well. */
function nativeBuiltIns(): () => void {
  const kept = [
    [Array.prototype, 'push'],
    [JSON, 'stringify'],
    [JSON, 'parse'],
  ] as const;
  const descriptors = kept.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
  return () => {
    for (const [owner, key, descriptor] of descriptors) if (descriptor) Object.defineProperty(owner, key, descriptor);
  };
}

/** zlib's own inflater, stopped one byte past the room; damaged data counts as nothing (pdf.js reads what it can). */
function inflatedSize(data: Uint8Array, room: number): number {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, room + 1), finishFlush: zlibConstants.Z_SYNC_FLUSH })
      .length;
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? room + 1 : 0;
  }
}

let loading: Promise<PdfEngine> | null = null;

export function nodePdfEngine(): Promise<PdfEngine> {
  loading ??= (async () => {
    provideBuiltIns();
    const restoreBuiltIns = nativeBuiltIns();
    // @ts-expect-error -- the worker module ships without type declarations; it is only handed to pdf.js.
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    // pdf.js runs its worker code in this thread when it finds it here.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    restoreBuiltIns();
    const cmaps = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
    return {
      pdfjs,
      readCMap: async (name) => (/^[\w.-]+\.bcmap$/.test(name) ? readFile(join(cmaps, name)).catch(() => null) : null),
      // Timers that never keep the command running once the import is done.
      delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
      inflatedSize: async (data, room) => inflatedSize(data, room),
    };
  })();
  return loading;
}
