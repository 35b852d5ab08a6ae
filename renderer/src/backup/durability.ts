// What the app learns about its storage at start (persistence granted or not, an empty or
// unreadable library with backups on disk), and the background work that keeps drafts safe:
// automatic versions while editing, and on the desktop backup files after changes.
import { useSyncExternalStore } from 'react';
import { isDesktop } from '../platform';
import type { Services } from '../services/context';
import { onDraftChanged } from './changes';
import type { BackupTrouble } from './backup-failure';
import { listDiskBackups, writeDraftBackup } from './disk';
import { requestPersistence, storageUse, type PersistState } from './persist';
import { BackupScheduler } from './scheduler';
import { checkStorageAtStart, type StartupFinding } from './startup-check';

export interface DurabilityState {
  persist: PersistState | 'checking';
  /** Null while the start check runs. */
  startup: StartupFinding | null;
  /** Desktop backups failing again and again (null when they work). */
  backupTrouble: BackupTrouble | null;
}

let state: DurabilityState = { persist: 'checking', startup: null, backupTrouble: null };

/** Less free than this in the browser's share of the disk counts as a full disk. */
const LOW_SPACE_BYTES = 50 * 1024 * 1024;

async function lowOnSpace(): Promise<boolean> {
  const use = await storageUse();
  return use !== null && use.quota - use.usage < LOW_SPACE_BYTES;
}
const listeners = new Set<() => void>();

function update(patch: Partial<DurabilityState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function useDurability(): DurabilityState {
  return useSyncExternalStore(
    (callback) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    () => state,
  );
}

export function dismissStartupFinding(): void {
  update({ startup: { kind: 'ok' } });
}

export async function askPersistence(): Promise<void> {
  update({ persist: await requestPersistence() });
}

/** Starts the background safety work once per app start; returns what stops it. */
export function installDurability({
  autosaver,
  db,
  repository,
  snapshots,
}: Pick<Services, 'autosaver' | 'db' | 'repository' | 'snapshots'>): () => void {
  void askPersistence();
  void checkStorageAtStart({
    // Opened explicitly, so that a second attempt really opens the database again. One key is
    // read, not a count: counting walks every draft's key, which in a traced cold start held up
    // reading the open draft's sections by about 14 ms.
    anyDraftStored: async () => {
      if (!db.isOpen()) await db.open();
      return (await db.drafts.limit(1).primaryKeys()).length > 0;
    },
    listBackups: () => (isDesktop ? listDiskBackups() : Promise.resolve([])),
    lowOnSpace,
  }).then((startup) => update({ startup }));
  const scheduler = isDesktop
    ? new BackupScheduler({
        write: (draftId) => writeDraftBackup({ autosaver, repository }, draftId),
        onTrouble: (backupTrouble) => update({ backupTrouble }),
      })
    : null;
  const stop = onDraftChanged(db, (draftId) => {
    void snapshots.editing.changed(draftId);
    scheduler?.changed(draftId);
  });
  // A failed save changes nothing stored, so no change hook fires: the backup follows the failure.
  const stopUnsaved = autosaver.subscribe((save) => {
    if (save.kind === 'failed' || save.kind === 'conflict' || save.kind === 'refused')
      for (const draftId of autosaver.unsavedDrafts()) scheduler?.changed(draftId);
  });
  return () => {
    stop();
    stopUnsaved();
    scheduler?.stop();
  };
}
