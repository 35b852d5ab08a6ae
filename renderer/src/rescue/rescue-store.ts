// Text that storage refused, kept aside so that it survives a reload. It lives in its own small
// database, outside the drafts' strict schema (and outside "Reset storage" of the main one): a row
// is the section's plain text, read back leniently; a damaged row is skipped, never an error.
import { Dexie, type EntityTable } from 'dexie';

export const RESCUE_DATABASE_NAME = 'norms-drafter-rescue';

/** One section's text as it was on screen when storage refused it. */
export interface RescuedText {
  draftId: string;
  sectionId: string;
  text: string;
  keptAt: number;
}

class RescueDb extends Dexie {
  texts!: EntityTable<RescuedText, 'draftId'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ texts: '[draftId+sectionId], draftId' });
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';

function readRow(value: unknown): RescuedText | null {
  if (!value || typeof value !== 'object') return null;
  const row = value as Record<string, unknown>;
  const { draftId, sectionId, text, keptAt } = row;
  if (!isString(draftId) || !isString(sectionId) || !isString(text)) return null;
  return {
    draftId,
    sectionId,
    text,
    keptAt: typeof keptAt === 'number' && Number.isFinite(keptAt) ? keptAt : 0,
  };
}

export class RescueStore {
  private readonly db: RescueDb;
  private readonly listeners = new Set<() => void>();

  constructor(name = RESCUE_DATABASE_NAME) {
    this.db = new RescueDb(name);
  }

  /** Keeps (or replaces) a section's rescued text. */
  async keep(entry: RescuedText): Promise<void> {
    await this.db.texts.put(entry);
    this.emit();
  }

  /** The rescued texts of one draft, in the order they were kept. */
  async forDraft(draftId: string): Promise<RescuedText[]> {
    const rows: unknown[] = await this.db.texts.where('draftId').equals(draftId).toArray();
    return rows
      .map(readRow)
      .filter((row): row is RescuedText => row !== null)
      .sort((a, b) => a.keptAt - b.keptAt);
  }

  async remove(draftId: string, sectionId: string): Promise<void> {
    await this.db.texts.where('[draftId+sectionId]').equals([draftId, sectionId]).delete();
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.db.close();
  }

  async deleteDatabase(): Promise<void> {
    await this.db.delete();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
