// What the import worker does with each message: run importDocument with an AbortController the
// page can trigger with a 'cancel' message, and answer with progress, the result, or the error's
// code (the page words it in the UI language).
import { importDocument, isImportError, type PdfEngine } from '../../../shared/import';
import type { Language } from '../../../shared/model/languages';
import type { Translate } from '../../../shared/templates/messages';
import type { Template } from '../../../shared/templates';
import type { ImportWorkerMessage, ImportWorkerRequest } from './protocol';

export interface ImportWorkerDeps {
  templates: readonly Template[];
  translateFor(language: Language): Translate;
  newId(): string;
  /** pdf.js, loaded when a PDF is imported. */
  pdf?: () => Promise<PdfEngine>;
}

export function importWorkerHandler(
  deps: ImportWorkerDeps,
): (request: ImportWorkerRequest, post: (message: ImportWorkerMessage) => void) => Promise<void> {
  let running: AbortController | null = null;
  return async (request, post) => {
    if (request.type === 'cancel') {
      running?.abort();
      return;
    }
    const controller = new AbortController();
    running = controller;
    try {
      const { draft, report } = await importDocument(
        { name: request.name, bytes: request.bytes },
        {
          templates: [...deps.templates],
          templateId: request.templateId,
          ...(request.trackedChanges ? { trackedChanges: request.trackedChanges } : {}),
          now: request.now,
          newId: deps.newId,
          translateFor: deps.translateFor,
          pdf: deps.pdf,
          onProgress: (fraction) => post({ type: 'progress', fraction }),
          signal: controller.signal,
        },
      );
      post({ type: 'done', draft, report });
    } catch (error) {
      if (isImportError(error)) post({ type: 'error', code: error.code, params: error.params, message: error.message });
      else
        post({
          type: 'error',
          code: 'unexpected',
          params: {},
          message: error instanceof Error ? error.message : String(error),
        });
    } finally {
      if (running === controller) running = null;
    }
  };
}
