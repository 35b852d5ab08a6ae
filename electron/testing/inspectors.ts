// Backup inspectors for tests: in-process (fast), or the real worker thread run from its
// TypeScript source (tsx registered inside the worker, as the built app runs the compiled file).
import { Worker } from 'node:worker_threads';
import { inspectBackup, type BackupInspector } from '../backup-inspect';
import { INSPECTOR_HEAP_MB, WorkerBackupInspector } from '../backup-inspector';

export const inProcessInspector: BackupInspector = { inspect: async (data) => inspectBackup(data) };

export function startSourceWorker(): Worker {
  const entry = new URL('../backup-inspect.worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, resourceLimits: { maxOldGenerationSizeMb: INSPECTOR_HEAP_MB } });
}

export const workerInspector = (idleMs?: number) => new WorkerBackupInspector(startSourceWorker, idleMs);
