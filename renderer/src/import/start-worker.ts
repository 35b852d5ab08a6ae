// Vite finds the worker by this exact `new Worker(new URL(...))` form and builds it (with mammoth,
// loaded only when a Word document is imported) as its own files.
export function startImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}
