// Writing the lead's contributors and what was sent. Through the edit guard's replaceDraft, like
// the draft's details: typing still pending is written first, the draft as it was is kept as a
// version, and a change made in another window is not written over.
import type { Collaboration, Contributor, SentContribution } from '../../../shared/collab/model';
import { leadCollaboration } from '../../../shared/collab/lead-collaboration';
import type { Draft } from '../../../shared/model/draft';
import type { Services } from '../services/context';

type Deps = Pick<Services, 'autosaver' | 'editGuard'>;

async function changeCollaboration(
  { autosaver, editGuard }: Deps,
  draftId: string,
  change: (collaboration: Collaboration) => Collaboration,
): Promise<Draft> {
  await autosaver.flush();
  return editGuard.replaceDraft(
    draftId,
    (current) => ({ ...current, collaboration: change(leadCollaboration(current)) }),
    // The contributors are details of the draft: the version says "Before an update of the draft's details".
    { reason: 'details' },
  );
}

/** Replaces the list of contributors (what was sent and merged stays). */
export function saveContributors(deps: Deps, draftId: string, contributors: Contributor[]): Promise<Draft> {
  return changeCollaboration(deps, draftId, (collaboration) => ({ ...collaboration, contributors }));
}

/** Adds what was sent, and the contributors as they were when it was sent. */
export function recordSent(
  deps: Deps,
  draftId: string,
  contributors: Contributor[],
  sent: SentContribution[],
): Promise<Draft> {
  return changeCollaboration(deps, draftId, (collaboration) => ({
    ...collaboration,
    contributors,
    sent: [...collaboration.sent, ...sent],
  }));
}
