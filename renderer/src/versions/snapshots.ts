// The small API other features call to keep a version before they change a draft, e.g. the
// import before it replaces a draft's content:
//
//   await snapshots.take(draftId, 'import');
//
// Typing still pending is written first, so the version holds exactly what the user last saw.
// Returns the version's id, or null when an identical version is already the latest.
import { autosaver, versions } from '../app/services';
import type { VersionReason } from '../storage/db';
import { EditingSnapshots } from './editing';

/** Automatic versions while editing (every 10 minutes at most); fed by the app's change hook. */
export const editingSnapshots = new EditingSnapshots(versions);

export type AutomaticReason = Exclude<VersionReason, 'manual' | 'upgrade'>;

export const snapshots = {
  async take(draftId: string, reason: AutomaticReason, detail = ''): Promise<string | null> {
    await autosaver.flush();
    const version = await versions.take(draftId, reason, { detail });
    if (version) editingSnapshots.noteTaken(draftId, version.createdAt);
    return version?.id ?? null;
  },

  /** "Save a version" with the user's name for it. */
  async save(draftId: string, name: string): Promise<string> {
    await autosaver.flush();
    const version = await versions.take(draftId, 'manual', { name });
    if (!version) throw new Error('A named version is always stored');
    editingSnapshots.noteTaken(draftId, version.createdAt);
    return version.id;
  },
};
