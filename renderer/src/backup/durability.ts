// What the app learns about its storage at start (persistence granted or not, an empty or
// unreadable library with backups on disk), and the background work that keeps drafts safe:
// automatic versions while editing, and on the desktop backup files after changes.
import { useSyncExternalStore } from 'react';
import { autosaver, db, repository } from '../app/services';
import { isDesktop } from '../platform';
import { editingSnapshots } from '../versions/snapshots';
import { onDraftChanged } from './changes';
import { listDiskBackups, writeDraftBackup } from './disk';
import { requestPersistence, type PersistState } from './persist';
import { BackupScheduler } from './scheduler';
import { checkStorageAtStart, type StartupFinding } from './startup-check';

export interface DurabilityState {
  persist: PersistState | 'checking';
  /** Null while the start check runs. */
  startup: StartupFinding | null;
}

let state: DurabilityState = { persist: 'checking', startup: null };
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
export function installDurability(): () => void {
  void askPersistence();
  void checkStorageAtStart({ countDrafts: () => db.drafts.count(), listBackups: () => (isDesktop ? listDiskBackups() : Promise.resolve([])) }).then((startup) => update({ startup }));
  const scheduler = isDesktop ? new BackupScheduler({ write: (draftId) => writeDraftBackup(repository, draftId) }) : null;
  const stop = onDraftChanged(db, (draftId) => {
    void editingSnapshots.changed(draftId);
    scheduler?.changed(draftId);
  });
  // A failed save changes nothing stored, so no change hook fires: the backup follows the failure.
  const stopUnsaved = autosaver.subscribe((save) => {
    if (save.kind === 'failed' || save.kind === 'conflict' || save.kind === 'refused') for (const draftId of autosaver.unsavedDrafts()) scheduler?.changed(draftId);
  });
  return () => {
    stop();
    stopUnsaved();
    scheduler?.stop();
  };
}
