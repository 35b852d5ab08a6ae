// The way out of a damaged storage, in the only safe order: first everything still readable is
// written to a rescue file the user keeps, and only then may the storage be deleted, started
// afresh and filled again from the rescue (and, on the desktop, from backups of other drafts).
import { LIBRARY_EXTENSION } from '../../../shared/backup/library-bundle';
import type { DraftBackups } from '../../../shared/bridge/api';
import { platform } from '../platform';
import type { Services } from '../services/context';
import { DATABASE_NAME } from '../storage/db';
import { readRescue, rescueFileText, type Rescue } from '../storage/rescue';
import { todayIso } from '../ui/format';
import { newestReadable } from './disk';
import { restoreNormTexts } from './restore-norm-texts';
import { restoreDrafts } from './restore-drafts';

export interface SavedRescue {
  rescue: Rescue;
  fileName: string;
}

/** Reads what can be read and asks where to save it; null when the user cancelled. */
export async function saveRescueFile(filterName: string): Promise<SavedRescue | null> {
  const rescue = await readRescue(indexedDB, DATABASE_NAME);
  const data = new TextEncoder().encode(rescueFileText(rescue, Date.now()));
  const result = await platform.saveFile({
    suggestedName: `norms-drafter-rescue-${todayIso()}${LIBRARY_EXTENSION}`,
    filters: [{ name: filterName, extensions: [LIBRARY_EXTENSION.slice(1)] }],
    data,
  });
  return result.saved ? { rescue, fileName: result.fileName } : null;
}

/** Deletes the storage and fills it again from a rescue already saved to a file. */
export async function resetFromRescue(
  { db, repository, versions, normTexts }: Pick<Services, 'db' | 'repository' | 'versions' | 'normTexts'>,
  saved: SavedRescue,
  backups: DraftBackups[],
): Promise<void> {
  const { rescue } = saved;
  db.close();
  await db.delete();
  await db.open();
  await restoreDrafts(rescue.drafts, { repository, versions });
  // Backups only for drafts the rescue could not read: a rescued draft is newer than its backup.
  const rescued = new Set(rescue.drafts.map((entry) => entry.draft.id));
  const fromBackups = await newestReadable(backups.filter((b) => !rescued.has(b.draftId)));
  await restoreDrafts(
    fromBackups.map((draft) => ({ draft, trashed: false })),
    { repository, versions },
  );
  await restoreNormTexts(rescue.normTexts, normTexts);
}
