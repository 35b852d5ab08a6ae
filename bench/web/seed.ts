// A page of the benchmark, served from the app's own origin so that it shares the app's
// IndexedDB: it seeds the library through the app's storage module, and runs what the browser
// cases measure outside the UI (the export worker, the storage search).
import { draftSchema } from '../../shared/model/schema';
import type { ExportMessage, ExportRequest } from '../../shared/docx';
import { DrafterDb } from '../../renderer/src/storage/db';
import { DraftRepository } from '../../renderer/src/storage/repository';
import { draftToRows } from '../../renderer/src/storage/summary';
import { LARGE_DRAFT_ID, LIBRARY_SIZE, libraryDraft, theLargeDraft } from './library';

const db = new DrafterDb();
const repository = new DraftRepository(db, { now: () => Date.now(), newId: () => crypto.randomUUID() });

async function seed(): Promise<{ drafts: number; ms: number }> {
  const started = performance.now();
  const drafts = [theLargeDraft(), ...Array.from({ length: LIBRARY_SIZE - 1 }, (_, i) => libraryDraft(i))];
  for (const draft of drafts.slice(0, 2)) {
    const checked = draftSchema.safeParse(draft);
    if (!checked.success) throw new Error(`bench draft ${draft.id} is invalid: ${checked.error.message}`);
  }
  // Rows as the app stores them (draftToRows), written in batches: one transaction per draft
  // would spend most of the time waiting for strict-durability flushes.
  for (let at = 0; at < drafts.length; at += 100) {
    const rows = drafts.slice(at, at + 100).map((draft) => draftToRows(draft));
    await db.transaction('rw', db.drafts, db.sections, async () => {
      await db.drafts.bulkAdd(rows.map((r) => r.row));
      await db.sections.bulkAdd(rows.flatMap((r) => r.sections));
    });
  }
  return { drafts: await db.drafts.count(), ms: performance.now() - started };
}

/** Storage search alone (no UI), for comparison with the library search the user sees. */
async function search(query: string): Promise<{ ms: number; ids: string[] }> {
  const started = performance.now();
  const ids = await repository.search(query);
  return { ms: performance.now() - started, ids };
}

/** The app's export path: the draft read from storage, a fresh export worker, the file back. */
async function exportInWorker(): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const stored = await repository.get(LARGE_DRAFT_ID);
  if (!stored) throw new Error('the large draft is not in the library');
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  try {
    const bytes = await new Promise<number>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ExportMessage>) => {
        if (event.data.type === 'done') resolve(event.data.bytes.byteLength);
        if (event.data.type === 'error') reject(new Error(event.data.message));
      };
      worker.onerror = (event) => reject(new Error(event.message));
      const request: ExportRequest = { type: 'export', draft: stored.draft, options: {}, now: Date.now() };
      worker.postMessage(request);
    });
    return { ms: performance.now() - started, bytes };
  } finally {
    worker.terminate();
  }
}

Object.assign(window, { bench: { seed, search, exportInWorker } });
document.title = 'ready';
