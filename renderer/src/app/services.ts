// The app's single database, repository and autosaver. One autosaver for the whole app, so
// that switching drafts flushes what was typed in the previous one.
import { Autosaver } from '../draft/autosave';
import { DrafterDb } from '../storage/db';
import { EditGuard } from '../storage/edit-guard';
import { DraftRepository } from '../storage/repository';
import { TrashStore } from '../trash/trash-store';
import { VersionStore } from '../versions/store';

export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const db = new DrafterDb();
export const repository = new DraftRepository(db, { now: () => Date.now(), newId });
export const versions = new VersionStore(db, repository, { now: () => Date.now(), newId });
export const trash = new TrashStore(db, versions, { now: () => Date.now() });
/** Saves go through the guard so that two windows on one draft never overwrite each other silently. */
export const editGuard = new EditGuard(db, repository);
export const autosaver = new Autosaver({ save: (draftId, sectionId, patch) => editGuard.save(draftId, sectionId, patch) });
