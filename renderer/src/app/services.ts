// The app's single database, repository and autosaver. One autosaver for the whole app, so
// that switching drafts flushes what was typed in the previous one.
import { Autosaver } from '../draft/autosave';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';

export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const db = new DrafterDb();
export const repository = new DraftRepository(db, { now: () => Date.now(), newId });
export const autosaver = new Autosaver({ save: (draftId, sectionId, patch) => repository.saveSection(draftId, sectionId, patch) });
