// Worker thread entry (built as out/main/backup-inspect.worker.js): inspects backup files sent
// by main, one message each, so that parsing never runs on main's event loop.
import { parentPort } from 'node:worker_threads';
import { inspectBackup } from './backup-inspect';

export interface InspectRequest {
  id: number;
  data: Uint8Array;
}

parentPort?.on('message', (request: InspectRequest) => {
  parentPort?.postMessage({ id: request.id, summary: inspectBackup(request.data) });
});
