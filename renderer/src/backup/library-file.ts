// "Download all drafts" and "Restore from a file": the whole library in one strict JSON file.
import {
  LIBRARY_EXTENSION,
  MAX_LIBRARY_BYTES,
  parseRestoreFile,
  serializeLibrary,
  type LibraryEntry,
} from '../../../shared/backup/library-bundle';
import type { NormTextStore } from '../language/norm-texts';
import { NORMDRAFT_EXTENSION } from '../../../shared/format/normdraft';
import { liveDraftIfStored, type LiveDraftDeps } from '../storage/live-draft';
import { platform } from '../platform';
import type { DraftRepository } from '../storage/repository';
import { todayIso } from '../ui/format';
import type { VersionStore } from '../versions/store';
import { restoreDrafts, type RestoreReport } from './restore-drafts';
import { restoreNormTexts } from './restore-norm-texts';

/**
 * Each draft as on screen (unsaved text included; text the schema refuses is in the rescue store),
 * with the titles of the drafts whose text in the file is not yet in storage.
 */
export async function libraryEntries(
  live: LiveDraftDeps,
  trashedIds: Set<string>,
  ids: string[],
): Promise<{ entries: LibraryEntry[]; unsavedTitles: string[] }> {
  const entries: LibraryEntry[] = [];
  const unsavedTitles: string[] = [];
  for (const id of ids) {
    const shown = await liveDraftIfStored(id, live);
    if (!shown) continue;
    entries.push({ draft: shown.draft, trashed: trashedIds.has(id) });
    if (shown.unsaved.length > 0) unsavedTitles.push(shown.draft.fields.title);
  }
  return { entries, unsavedTitles };
}

export async function downloadLibrary(entries: LibraryEntry[], filterName: string): Promise<string | null> {
  const data = new TextEncoder().encode(serializeLibrary(entries, Date.now()));
  const result = await platform.saveFile({
    suggestedName: `norms-drafter-backup-${todayIso()}${LIBRARY_EXTENSION}`,
    filters: [{ name: filterName, extensions: [LIBRARY_EXTENSION.slice(1)] }],
    data,
  });
  return result.saved ? result.fileName : null;
}

export type RestoreFromFile =
  { kind: 'cancelled' } | { kind: 'too-large' } | { kind: 'restored'; report: RestoreReport };

/** Lets the user pick a library file or a .normdraft, checks it strictly, then restores it. */
export async function restoreFromFile(
  filterName: string,
  deps: { repository: DraftRepository; versions: VersionStore; normTexts: NormTextStore },
): Promise<RestoreFromFile> {
  const picked = await platform.openFile({
    filters: [{ name: filterName, extensions: [LIBRARY_EXTENSION.slice(1), NORMDRAFT_EXTENSION.slice(1)] }],
    maxBytes: MAX_LIBRARY_BYTES,
  });
  if (!picked.opened) return { kind: picked.reason };
  // Throws a FileFormatError (with a reason in words) before anything is stored.
  const file = parseRestoreFile(picked.data);
  const entries = file.kind === 'library' ? file.bundle.drafts : [{ draft: file.draft, trashed: false }];
  const report = await restoreDrafts(entries, deps);
  if (file.kind === 'library') await restoreNormTexts(file.bundle.normTexts ?? [], deps.normTexts);
  return { kind: 'restored', report };
}
