// The same worker as the app's export (renderer/src/export/docx.worker.ts): handleExportRequest
// from shared/docx, with the finished file handed back without copying.
import { handleExportRequest, type ExportMessage, type ExportRequest } from '../../shared/docx';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage(message: ExportMessage, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  void handleExportRequest(event.data, (message) => scope.postMessage(message, message.type === 'done' ? [message.bytes.buffer as ArrayBuffer] : []));
};
