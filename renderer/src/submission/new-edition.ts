// "New edition from this submission": the draft as on screen (every pending save taken) becomes
// a new draft in the library (shared/edition/new-edition.ts), which is then opened.
import { newEdition } from '../../../shared/edition/new-edition';
import { routeHash } from '../app/route';
import type { Services } from '../services/context';
import { completeLiveDraft } from '../storage/live-draft';
import { newId } from '../storage/new-id';

/** Resolves with the new draft's id once it is stored and opened. */
export async function startNewEdition(
  draftId: string,
  { autosaver, repository }: Pick<Services, 'autosaver' | 'repository'>,
): Promise<string> {
  const live = await completeLiveDraft(draftId, { autosaver, repository });
  const next = newEdition(live.draft, { now: Date.now(), newId });
  await repository.add(next);
  window.location.hash = routeHash({ screen: 'draft', draftId: next.id, sectionId: null });
  return next.id;
}
