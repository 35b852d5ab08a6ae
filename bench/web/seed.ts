// A page of the benchmark, served from the app's own origin so that it shares the app's
// IndexedDB: it seeds the library through the app's storage module, and runs what the browser
// cases measure outside the UI (the export worker, the storage search).
import { draftSchema } from '../../shared/model/schema';
import { DrafterDb, type DraftRow, type SectionRow } from '../../renderer/src/storage/db';
import { queryTerms } from '../../renderer/src/storage/search-terms';
import { writeDocx } from '../../renderer/src/export/write-docx';
import { NormTextStore } from '../../renderer/src/language/norm-texts';
import { DraftRepository } from '../../renderer/src/storage/repository';
import { draftToRows } from '../../renderer/src/storage/summary';
import { LARGE_DRAFT_ID, LIBRARY_SIZE, libraryDraft, theLargeArabicDraft, theLargeDraft } from './library';

const db = new DrafterDb();
const repository = new DraftRepository(db, { now: () => Date.now(), newId: () => crypto.randomUUID() });

async function seed(): Promise<{ drafts: number; ms: number }> {
  const started = performance.now();
  const drafts = [
    theLargeDraft(),
    theLargeArabicDraft(),
    ...Array.from({ length: LIBRARY_SIZE - 2 }, (_, i) => libraryDraft(i)),
  ];
  for (const draft of drafts.slice(0, 3)) {
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

function getAll<T>(idb: IDBDatabase, store: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction(store, 'readonly').objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as T[]);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The baseline for search: the simplest search over the same rows, with no index — every draft
 * and section row read with a plain IndexedDB scan, each query word looked for in the title and
 * submitter and at the start of the section's words. Same answers as the app's search.
 */
async function plainScan(query: string): Promise<{ ms: number; ids: string[] }> {
  await db.open();
  const started = performance.now();
  const idb = db.backendDB();
  const [drafts, sections] = await Promise.all([getAll<DraftRow>(idb, 'drafts'), getAll<SectionRow>(idb, 'sections')]);
  const words = queryTerms(query);
  const terms = new Map<string, string[]>();
  for (const section of sections) {
    const list = terms.get(section.draftId);
    if (list) list.push(...section.terms);
    else terms.set(section.draftId, [...section.terms]);
  }
  const ids = drafts
    .filter((draft) => draft.deletedAt === null)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .filter((draft) =>
      words.every(
        (word) => draft.searchLabel.includes(word) || (terms.get(draft.id) ?? []).some((term) => term.startsWith(word)),
      ),
    )
    .map((draft) => draft.id);
  return { ms: performance.now() - started, ids };
}

/** The baseline for autosave: one bare Dexie write of the same section row, durable as the app's. */
async function bareWrite(draftId: string, sectionId: string): Promise<number> {
  const row = await db.sections.get([draftId, sectionId]);
  if (!row) throw new Error(`no section ${sectionId} in ${draftId}`);
  const started = performance.now();
  await db.sections.put(row);
  return performance.now() - started;
}

/** The app's export path: the draft read from storage, then the app's own writeDocx (official texts, its worker). */
async function exportInWorker(): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const stored = await repository.get(LARGE_DRAFT_ID);
  if (!stored) throw new Error('the large draft is not in the library');
  const bytes = await writeDocx(new NormTextStore(db), stored.draft, {});
  return { ms: performance.now() - started, bytes: bytes.byteLength };
}

Object.assign(window, { bench: { seed, search, plainScan, bareWrite, exportInWorker } });
document.title = 'ready';
