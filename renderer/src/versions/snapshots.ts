// The small API other features call to keep a version before they change a draft, e.g. the
// import before it replaces a draft's content (`snapshots` is one of the app's services):
//
//   await snapshots.take(draftId, 'import');
//
// A version holds exactly what the user last saw: typing still pending is written first, and
// text storage did not take (a full disk, a conflict) is kept from the screen (storage/live-draft).
// Returns the version's id, or null when an identical version is already the latest.
import { completeLiveDraft, liveDraft, type LiveDraft, type LiveDraftDeps } from '../storage/live-draft';
import type { VersionReason, VersionRow } from '../storage/db';
import type { TakeOptions, VersionStore } from './store';
import { EditingSnapshots } from './editing';
import { startVersionWorker } from './start-worker';
import { WorkerVersions } from './worker-versions';

export type AutomaticReason = Exclude<VersionReason, 'manual' | 'upgrade'>;

export interface Snapshots {
  /** Automatic versions while editing (every 10 minutes at most); fed by the app's change hook. */
  editing: EditingSnapshots;
  /** Before a risky change: text storage refuses is left out here, it is kept by the rescue store. */
  take(draftId: string, reason: AutomaticReason, detail?: string): Promise<string | null>;
  /** "Save a version" with the user's name for it; an UnsavedTextError when some text cannot be kept. */
  save(draftId: string, name: string): Promise<LiveDraft>;
}

export function createSnapshots(versions: VersionStore, live: LiveDraftDeps): Snapshots {
  /** Versions of stored drafts are read, hashed and written in the versions worker. */
  const inWorker = new WorkerVersions(versions, typeof Worker === 'function' ? startVersionWorker : null);
  const editing = new EditingSnapshots({
    latest: (draftId) => versions.latest(draftId),
    take: (...args) => inWorker.take(...args),
  });

  /** The stored draft in one transaction when nothing is unsaved; else the draft as on screen. */
  const keep = (current: LiveDraft, reason: VersionReason, options: TakeOptions): Promise<VersionRow | null> =>
    current.unsaved.length === 0
      ? inWorker.take(current.draft.id, reason, options)
      : versions.keep(current.draft, reason, options);

  return {
    editing,
    async take(draftId, reason, detail = '') {
      const version = await keep(await liveDraft(draftId, live), reason, { detail });
      if (version) editing.noteTaken(draftId, version.createdAt);
      return version?.id ?? null;
    },
    async save(draftId, name) {
      const current = await completeLiveDraft(draftId, live);
      const version = await keep(current, 'manual', { name });
      if (!version) throw new Error('A named version is always stored');
      editing.noteTaken(draftId, version.createdAt);
      return current;
    },
  };
}
