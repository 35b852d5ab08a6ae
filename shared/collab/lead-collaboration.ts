// The lead's side of collaboration on a draft: the one stored, or a new one naming the draft's
// submitter as the lead (sending, saving contributors and merging all start from it).
import type { Draft } from '../model/draft';
import type { Collaboration } from './model';

export function leadCollaboration(draft: Draft): Collaboration {
  return (
    draft.collaboration ?? {
      lead: { name: draft.fields.submitter, organisation: draft.fields.issuingBody },
      contributors: [],
      sent: [],
      merges: [],
      changes: [],
      conflicts: [],
    }
  );
}
