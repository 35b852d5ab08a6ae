// The import web worker: reading a Word document (mammoth), a PDF (pdf.js) or a long text happens
// here, so the page stays responsive and the user can cancel.
import type { Language } from '../../../shared/model/languages';
import { newId } from '../storage/new-id';
import { messagesTranslator } from '../../../shared/templates/messages';
import { TEMPLATES } from '../templates/registry';
import { workerPdfEngine } from './pdf-engine';
import type { ImportWorkerMessage, ImportWorkerRequest } from './protocol';
import { importWorkerHandler } from './worker-handler';

// Template headings and boilerplate in the language the document turns out to be written in.
const templateTexts = import.meta.glob<Record<string, unknown>>('../../../locales/*/templates.json', {
  eager: true,
  import: 'default',
});

const handle = importWorkerHandler({
  templates: TEMPLATES,
  translateFor: (language: Language) =>
    messagesTranslator(templateTexts[`../../../locales/${language}/templates.json`]),
  newId,
  pdf: workerPdfEngine,
});

interface ImportWorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
}

const scope = self as unknown as ImportWorkerScope;
scope.onmessage = (event) => void handle(event.data, (message) => scope.postMessage(message));
