// The app's single database, repository and autosaver. One autosaver for the whole app, so
// that switching drafts flushes what was typed in the previous one.
import { Autosaver } from '../draft/autosave';
import { newId } from './new-id';
import { DrafterDb } from '../storage/db';
import { EditGuard } from '../storage/edit-guard';
import { DraftRepository } from '../storage/repository';
import { RescueStore } from '../rescue/rescue-store';
import { looseSectionText } from '../rescue/rescue-text';
import { TrashStore } from '../trash/trash-store';
import { VersionStore } from '../versions/store';

export { newId };

export const db = new DrafterDb();
export const repository = new DraftRepository(db, { now: () => Date.now(), newId });
/** Saves and replaces go through the guard so that two windows on one draft never overwrite each other silently. */
export const editGuard = new EditGuard(db, repository);
export const versions = new VersionStore(db, repository, { now: () => Date.now(), newId }, editGuard);
export const trash = new TrashStore(db, versions, { now: () => Date.now() });
/** Text storage refused, kept aside outside the drafts' schema (see rescue/). */
export const rescued = new RescueStore();
export const autosaver = new Autosaver({
  save: (draftId, sectionId, patch) => editGuard.save(draftId, sectionId, patch),
  // If even this write fails, the text is still on screen and held by the autosaver.
  onRefused: (draftId, sectionId, patch) => {
    if (patch.content) rescued.keep({ draftId, sectionId, text: looseSectionText(patch.content), keptAt: Date.now() }).catch(() => undefined);
  },
  onStoredAfterRefusal: (draftId, sectionId) => void rescued.remove(draftId, sectionId).catch(() => undefined),
});
