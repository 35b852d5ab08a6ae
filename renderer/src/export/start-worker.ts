// Vite finds the worker by this exact `new Worker(new URL(...))` form and builds it as its own file.
export function startDocxWorker(): Worker {
  return new Worker(new URL('./docx.worker.ts', import.meta.url), { type: 'module' });
}
