// Before the storage is reset, everything in it that can still be read is written to a rescue
// file: drafts (with their trash state), versions, and the user's official norm texts, as a
// library bundle that "Restore from a file" reads. The database is opened without Dexie and
// without a version (no upgrade, no schema check), and each table is read on its own, so that one
// damaged table costs only its own rows.
import {
  serializeLibrary,
  type LibraryEntry,
  type LibraryNormText,
  type LibraryVersion,
} from '../../../shared/backup/library-bundle';
import { MAX_OFFICIAL_TEXT_CHARS } from '../../../shared/docx/official-texts';
import { NORM_LETTERS } from '../../../shared/model/draft';
import { isLanguage } from '../../../shared/model/languages';
import { draftSchema } from '../../../shared/model/schema';
import type { DraftRow, NormTextRow, SectionRow, VersionDataRow, VersionRow } from './db';
import { rowsToDraft } from './summary';

export const RESCUED_TABLES = ['drafts', 'sections', 'versions', 'versionData', 'normTexts'] as const;
export type RescuedTable = (typeof RESCUED_TABLES)[number];

export interface Rescue {
  drafts: LibraryEntry[];
  versions: LibraryVersion[];
  normTexts: LibraryNormText[];
  /** Tables that exist but could not be read (or could not be opened at all). */
  unreadable: RescuedTable[];
  /** Drafts whose rows were read but do not make a valid draft (e.g. sections missing): their versions are kept. */
  incomplete: string[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openAsItIs(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name);
    // No version asked: an existing database opens as it is. A new one would be empty, so stop.
    req.onupgradeneeded = () => {
      req.transaction?.abort();
      reject(new Error('There is no storage to rescue'));
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('The storage is held by another window'));
  });
}

async function readTable(db: IDBDatabase, table: RescuedTable): Promise<unknown[] | null> {
  if (!db.objectStoreNames.contains(table)) return [];
  try {
    return await request(db.transaction(table, 'readonly').objectStore(table).getAll());
  } catch {
    return null;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export async function readRescue(factory: IDBFactory, name: string): Promise<Rescue> {
  const rescue: Rescue = { drafts: [], versions: [], normTexts: [], unreadable: [], incomplete: [] };
  let db: IDBDatabase;
  try {
    db = await openAsItIs(factory, name);
  } catch {
    rescue.unreadable.push(...RESCUED_TABLES);
    return rescue;
  }
  try {
    const tables = {} as Record<RescuedTable, unknown[]>;
    for (const table of RESCUED_TABLES) {
      const rows = await readTable(db, table);
      if (rows === null) rescue.unreadable.push(table);
      tables[table] = (rows ?? []).filter(isObject);
    }
    const sectionsByDraft = new Map<string, SectionRow[]>();
    for (const row of tables.sections as SectionRow[])
      sectionsByDraft.set(row.draftId, [...(sectionsByDraft.get(row.draftId) ?? []), row]);
    for (const row of tables.drafts as DraftRow[]) {
      const sections = sectionsByDraft.get(row.id) ?? [];
      // A draft missing any section of its outline is not a draft to restore (its versions may be).
      const whole =
        Array.isArray(row.outline) && row.outline.every((entry) => sections.some((section) => section.id === entry.id));
      const checked = (() => {
        try {
          return whole ? draftSchema.safeParse(rowsToDraft(row, sections)) : null;
        } catch {
          return null;
        }
      })();
      if (checked?.success) rescue.drafts.push({ draft: checked.data, trashed: typeof row.deletedAt === 'number' });
      else rescue.incomplete.push(String(row.id));
    }
    const versionRows = new Map((tables.versions as VersionRow[]).map((row) => [row.id, row]));
    for (const row of tables.versionData as VersionDataRow[]) {
      const checked = draftSchema.safeParse(row.draft);
      if (!checked.success) continue;
      const meta = versionRows.get(row.id);
      rescue.versions.push({
        createdAt:
          Number.isSafeInteger(meta?.createdAt) && meta!.createdAt >= 0 ? meta!.createdAt : checked.data.updatedAt,
        name: typeof meta?.name === 'string' ? meta.name.slice(0, 200) : '',
        draft: checked.data,
      });
    }
    for (const row of tables.normTexts as NormTextRow[]) {
      if (
        isLanguage(row.language) &&
        (NORM_LETTERS as readonly string[]).includes(row.norm) &&
        typeof row.text === 'string' &&
        row.text.length > 0 &&
        row.text.length <= MAX_OFFICIAL_TEXT_CHARS
      ) {
        rescue.normTexts.push({ language: row.language, norm: row.norm, text: row.text });
      }
    }
  } finally {
    db.close();
  }
  return rescue;
}

/** The rescue as a library file ("Restore from a file" reads it). */
export function rescueFileText(rescue: Rescue, now: number): string {
  return serializeLibrary(rescue.drafts, now, { versions: rescue.versions, normTexts: rescue.normTexts });
}
