// pdf.js for the import worker, loaded only when a PDF is imported. Its own worker code runs in
// this worker (found on globalThis.pdfjsWorker), so no second worker is started. The legacy build
// brings its own fill-ins for the newest built-ins it uses. Character maps are files of the app
// (copied by the build from the pdfjs-dist package), read from the app's own origin: nothing is
// fetched from the network.
import type { PdfEngine, PdfJs } from '../../../shared/import';

const CMAPS = import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url',
  import: 'default',
});

async function readCMap(name: string): Promise<Uint8Array | null> {
  const load = CMAPS[`../../../node_modules/pdfjs-dist/cmaps/${name}`];
  if (!load) return null;
  const url = await load();
  // Small maps are inlined by the build as data: addresses, decoded here (not fetched).
  const inline = /^data:[^,]*;base64,(.*)$/.exec(url);
  if (inline) return Uint8Array.from(atob(inline[1]!), (char) => char.charCodeAt(0));
  const response = await fetch(url);
  return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
}

let loading: Promise<PdfEngine> | null = null;

export function workerPdfEngine(): Promise<PdfEngine> {
  loading ??= (async () => {
    // @ts-expect-error -- the worker module ships without type declarations; it is only handed to pdf.js.
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    return { pdfjs, readCMap, delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
  })();
  return loading;
}
