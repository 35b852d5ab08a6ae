// The app's single database and the stores on it, built once by the app root (main.tsx) and
// given to the screens through <ServicesProvider>: importing a module builds nothing.
import { newId } from './storage/new-id';
import { Autosaver } from './draft/autosave';
import { NormTextStore } from './language/norm-texts';
import { RescueStore } from './rescue/rescue-store';
import { looseSectionText } from './rescue/rescue-text';
import type { Services } from './services/context';
import { DrafterDb } from './storage/db';
import { EditGuard } from './storage/edit-guard';
import { DraftRepository } from './storage/repository';
import { TrashStore } from './trash/trash-store';
import { createSnapshots } from './versions/snapshots';
import { VersionStore } from './versions/store';

export function createServices(db = new DrafterDb()): Services {
  const repository = new DraftRepository(db, { now: () => Date.now(), newId });
  /** Saves and replaces go through the guard so that two windows on one draft never overwrite each other silently. */
  const editGuard = new EditGuard(db, repository);
  const versions = new VersionStore(db, repository, { now: () => Date.now(), newId }, editGuard);
  const rescued = new RescueStore();
  const autosaver = new Autosaver({
    // While typing, the content is checked and counted ahead of the write, in steps between keys.
    save: async (draftId, sectionId, patch, pause) =>
      editGuard.save(
        draftId,
        sectionId,
        patch,
        patch.content && pause ? await repository.prepareSection(draftId, patch.content, pause) : undefined,
      ),
    // If even this write fails, the text is still on screen and held by the autosaver.
    onRefused: (draftId, sectionId, patch) => {
      if (patch.content)
        rescued
          .keep({ draftId, sectionId, text: looseSectionText(patch.content), keptAt: Date.now() })
          .catch(() => undefined);
    },
    onStoredAfterRefusal: (draftId, sectionId) => void rescued.remove(draftId, sectionId).catch(() => undefined),
  });
  return {
    db,
    repository,
    versions,
    trash: new TrashStore(db, versions, { now: () => Date.now() }),
    editGuard,
    rescued,
    autosaver,
    normTexts: new NormTextStore(db),
    snapshots: createSnapshots(versions, { autosaver, repository }),
  };
}
