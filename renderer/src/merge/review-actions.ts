// Accepting, rejecting and resolving write the whole draft through the edit guard (another
// window's changes are not written over), after typing still pending is saved.
import {
  acceptChanges,
  rejectChanges,
  resolveConflict,
  type ChangeFilter,
  type ConflictChoice,
} from '../../../shared/merge/merge-draft';
import type { Draft } from '../../../shared/model/draft';
import { UnsavedTextError, type CollectDeps } from './collect';

type ReviewDeps = Pick<CollectDeps, 'autosaver' | 'editGuard'>;

async function replace(deps: ReviewDeps, draftId: string, change: (draft: Draft) => Draft): Promise<void> {
  await deps.autosaver.flush();
  if (deps.autosaver.dirty) throw new UnsavedTextError('Text typed in the draft is not saved yet');
  await deps.editGuard.replaceDraft(draftId, change, { reason: 'merge' });
}

export function acceptReviewed(deps: ReviewDeps, draftId: string, filter: ChangeFilter): Promise<void> {
  return replace(deps, draftId, (draft) => acceptChanges(draft, filter));
}

/** Returns the ids of changes that were edited since the merge and so were left as they are. */
export async function rejectReviewed(deps: ReviewDeps, draftId: string, filter: ChangeFilter): Promise<string[]> {
  let notReverted: string[] = [];
  await replace(deps, draftId, (draft) => {
    const result = rejectChanges(draft, filter);
    notReverted = result.notReverted;
    return result.draft;
  });
  return notReverted;
}

export function resolveReviewed(
  deps: ReviewDeps,
  draftId: string,
  conflictId: string,
  choice: ConflictChoice,
): Promise<void> {
  return replace(deps, draftId, (draft) => resolveConflict(draft, conflictId, choice));
}
