// Vite finds the worker by this exact `new Worker(new URL(...))` form and builds it as its own file.
export function startVersionWorker(): Worker {
  return new Worker(new URL('./version.worker.ts', import.meta.url), { type: 'module' });
}
