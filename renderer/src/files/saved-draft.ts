// The draft as stored, after the edits still waiting to be written have gone to disk: what the
// user sees on screen is what gets exported or saved to a file.
import type { Draft } from '../../../shared/model/draft';
import { autosaver, repository } from '../app/services';
import { StorageError } from '../storage/errors';

export async function savedDraft(draftId: string): Promise<Draft> {
  await autosaver.flush();
  const stored = await repository.get(draftId);
  if (!stored) throw new StorageError('not-found', `No draft ${draftId}`);
  return stored.draft;
}
