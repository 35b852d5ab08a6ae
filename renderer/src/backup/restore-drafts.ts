// Putting drafts back from a backup (a file the user chose, or the backups folder). A draft not
// in the library is added; one that is there with other text is replaced, after its current
// state is kept as a version; one identical to what is stored is left alone.
import type { LibraryEntry } from '../../../shared/backup/library-bundle';
import type { DraftRepository } from '../storage/repository';
import { draftFingerprint } from '../../../shared/model/fingerprint';
import type { VersionStore } from '../versions/store';

export interface RestoreReport {
  added: string[];
  replaced: string[];
  unchanged: string[];
}

export async function restoreDrafts(
  entries: readonly LibraryEntry[],
  deps: { repository: DraftRepository; versions: VersionStore },
): Promise<RestoreReport> {
  const report: RestoreReport = { added: [], replaced: [], unchanged: [] };
  for (const { draft, trashed } of entries) {
    const current = await deps.repository.get(draft.id);
    if (!current) {
      await deps.repository.add(draft);
      if (trashed) await deps.repository.trash(draft.id);
      report.added.push(draft.id);
    } else if (draftFingerprint(current.draft) === draftFingerprint(draft)) {
      // Same text; a draft restored from the trash comes back to the library all the same.
      if (!trashed && current.summary.deletedAt !== null) await deps.repository.restore(draft.id);
      report.unchanged.push(draft.id);
    } else {
      await deps.versions.replaceDraft(draft, 'backup', { trashed });
      report.replaced.push(draft.id);
    }
  }
  return report;
}
