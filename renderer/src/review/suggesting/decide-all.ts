// "Accept all" and "Reject all", in a section or the whole draft: the draft is rewritten through
// the edit guard (another window's changes are not written over) after typing still pending is
// saved, and the state before is kept as a version, so the decision can be taken back.
import type { Draft } from '../../../../shared/model/draft';
import { acceptSuggestions, rejectSuggestions, type SuggestionScope } from '../../../../shared/review/suggestions';
import type { Services } from '../../services/context';

export class TextNotSavedError extends Error {}

export type DecideDeps = Pick<Services, 'autosaver' | 'editGuard'>;

export async function decideSuggestions(
  deps: DecideDeps,
  draftId: string,
  scope: Exclude<SuggestionScope, { suggestionId: string }>,
  accept: boolean,
): Promise<void> {
  await deps.autosaver.flush();
  if (deps.autosaver.dirty) throw new TextNotSavedError('Text typed in the draft is not saved yet');
  const decide = (draft: Draft) => (accept ? acceptSuggestions(draft, scope) : rejectSuggestions(draft, scope));
  await deps.editGuard.replaceDraft(draftId, decide, { reason: 'suggestions' });
}
