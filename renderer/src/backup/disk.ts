// The desktop backups folder as the renderer uses it, through the bridge.
import type { DraftBackups } from '../../../shared/bridge/api';
import { parseNormdraftBytes, serializeNormdraft } from '../../../shared/format/normdraft';
import type { Draft } from '../../../shared/model/draft';
import { liveDraftIfStored, type LiveDraftDeps } from '../storage/live-draft';
import { platform } from '../platform';
import type { BackupOutcome } from './scheduler';

/** Main refused a backup because the backups folder holds its maximum size: the user must act. */
export class BackupFolderFullError extends Error {
  override readonly name = 'BackupFolderFullError';
  constructor(readonly maxTotalBytes: number) {
    super(`The backups folder is full (${Math.round(maxTotalBytes / (1024 * 1024))} MB).`);
  }
}

/**
 * Writes the draft as on screen, text storage did not take included (so a backup can rescue it
 * while the browser's storage is full); text the schema refuses is kept by the rescue store.
 */
export async function writeDraftBackup(deps: LiveDraftDeps, draftId: string): Promise<BackupOutcome> {
  const live = await liveDraftIfStored(draftId, deps);
  if (!live) return 'skipped';
  const data = new TextEncoder().encode(serializeNormdraft(live.draft));
  const result = await platform.writeBackup({ draftId, data });
  if (result.written) return 'written';
  // A failure, not a skip: the scheduler tries again and the storage status can say why.
  if (result.reason === 'folder-full') throw new BackupFolderFullError(result.maxTotalBytes);
  return result.reason === 'too-soon' ? 'too-soon' : 'skipped';
}

export function listDiskBackups(): Promise<DraftBackups[]> {
  return platform.listBackups();
}

/** A backup file's draft, read as strictly as any .normdraft file. */
export async function readDiskBackup(draftId: string, file: string): Promise<Draft | null> {
  const result = await platform.readBackup({ draftId, file });
  if (!result.found) return null;
  const draft = parseNormdraftBytes(result.data);
  return draft.id === draftId ? draft : null;
}

/** The newest backup of each draft that can still be read. */
export async function newestReadable(backups: DraftBackups[]): Promise<Draft[]> {
  const drafts: Draft[] = [];
  for (const entry of backups) {
    for (const file of entry.files) {
      const draft = await readDiskBackup(entry.draftId, file.file).catch(() => null);
      if (draft) {
        drafts.push(draft);
        break;
      }
    }
  }
  return drafts;
}
