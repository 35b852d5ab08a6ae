// The small API other features call to keep a version before they change a draft, e.g. the
// import before it replaces a draft's content:
//
//   await snapshots.take(draftId, 'import');
//
// A version holds exactly what the user last saw: typing still pending is written first, and
// text storage did not take (a full disk, a conflict) is kept from the screen (files/live-draft).
// Returns the version's id, or null when an identical version is already the latest.
import { versions } from '../app/services';
import { completeLiveDraft, liveDraft, type LiveDraft } from '../files/live-draft';
import type { VersionReason, VersionRow } from '../storage/db';
import type { TakeOptions } from './store';
import { EditingSnapshots } from './editing';
import { startVersionWorker } from './start-worker';
import { WorkerVersions } from './worker-versions';

/** Versions of stored drafts are read, hashed and written in the versions worker. */
const inWorker = new WorkerVersions(versions, typeof Worker === 'function' ? startVersionWorker : null);

/** Automatic versions while editing (every 10 minutes at most); fed by the app's change hook. */
export const editingSnapshots = new EditingSnapshots({ latest: (draftId) => versions.latest(draftId), take: (...args) => inWorker.take(...args) });

export type AutomaticReason = Exclude<VersionReason, 'manual' | 'upgrade'>;

/** The stored draft in one transaction when nothing is unsaved; else the draft as on screen. */
function keep(live: LiveDraft, reason: VersionReason, options: TakeOptions): Promise<VersionRow | null> {
  return live.unsaved.length === 0 ? inWorker.take(live.draft.id, reason, options) : versions.keep(live.draft, reason, options);
}

export const snapshots = {
  /** Before a risky change: text storage refuses is left out here, it is kept by the rescue store. */
  async take(draftId: string, reason: AutomaticReason, detail = ''): Promise<string | null> {
    const version = await keep(await liveDraft(draftId), reason, { detail });
    if (version) editingSnapshots.noteTaken(draftId, version.createdAt);
    return version?.id ?? null;
  },

  /** "Save a version" with the user's name for it; an UnsavedTextError when some text cannot be kept. */
  async save(draftId: string, name: string): Promise<LiveDraft> {
    const live = await completeLiveDraft(draftId);
    const version = await keep(live, 'manual', { name });
    if (!version) throw new Error('A named version is always stored');
    editingSnapshots.noteTaken(draftId, version.createdAt);
    return live;
  },
};
