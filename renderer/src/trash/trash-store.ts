// The trash: drafts the user deleted, kept until they delete them for good. Nothing here runs
// on its own: drafts older than 30 days are only reported (the library shows a notice) and
// deleted when the user confirms.
import type { DrafterDb, DraftRow } from '../storage/db';
import { StorageError } from '../storage/errors';
import type { VersionStore } from '../versions/store';

/** Days after which the library suggests deleting a draft in the trash for good. */
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

export class TrashStore {
  constructor(
    private readonly db: DrafterDb,
    private readonly versions: VersionStore,
    private readonly env: { now(): number },
  ) {}

  /** Drafts in the trash, most recently deleted first (the index holds trashed drafts only). */
  async list(): Promise<DraftRow[]> {
    return this.db.drafts.orderBy('deletedAt').reverse().toArray();
  }

  /** Drafts that have been in the trash for more than TRASH_DAYS days. */
  async expired(): Promise<DraftRow[]> {
    return this.db.drafts
      .where('deletedAt')
      .below(this.env.now() - TRASH_DAYS * DAY_MS)
      .toArray();
  }

  /**
   * Deletes drafts for good, with their sections and versions. Only drafts in the trash: a draft
   * in the library must be moved to the trash first, so one click can never destroy work.
   */
  async deleteForever(ids: readonly string[]): Promise<void> {
    await this.db.transaction(
      'rw',
      [this.db.drafts, this.db.sections, this.db.versions, this.db.versionData],
      async () => {
        for (const id of ids) {
          const row = await this.db.drafts.get(id);
          if (!row) continue;
          if (row.deletedAt === null) throw new StorageError('in-trash', `Draft ${id} is not in the trash`);
          await this.db.sections.where('draftId').equals(id).delete();
          await this.db.drafts.delete(id);
          await this.versions.removeAll(id);
        }
      },
    );
  }
}

/** Whole days since a draft was deleted, for "deleted 3 days ago". */
export function daysInTrash(row: Pick<DraftRow, 'deletedAt'>, now: number): number {
  return row.deletedAt === null ? 0 : Math.max(0, Math.floor((now - row.deletedAt) / DAY_MS));
}
