// The export web worker: the DOCX is written here so a long draft never freezes the page.
import { handleExportRequest, type ExportMessage, type ExportRequest } from '../../../shared/docx';

interface ExportWorkerScope {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage(message: ExportMessage, transfer: Transferable[]): void;
}

const scope = self as unknown as ExportWorkerScope;
scope.onmessage = (event) => {
  // The finished file's bytes are handed over to the page, not copied.
  void handleExportRequest(event.data, (message) =>
    scope.postMessage(message, message.type === 'done' ? [message.bytes.buffer as ArrayBuffer] : []),
  );
};
