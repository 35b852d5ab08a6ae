// Two copies of one draft (the one in the library and one a colleague sends back in a
// .normdraft file) share the last state both came from: their common base, against which a
// merge can tell who changed what. Each copy knows its current state, the states its versions
// kept, and, from a file, its lineage: which draft it is a copy of and the state it was saved
// from. The newest state of the first copy that the second also knows is their base.
import type { Draft } from '../model/draft';
import { draftFingerprint } from '../model/fingerprint';
import type { Lineage } from '../format/normdraft';

export interface DraftCopy {
  draft: Draft;
  /** Where the copy comes from (a file's lineage); null when not known (a file from before lineage was kept). */
  lineage: Lineage | null;
  /** Fingerprints of this copy's earlier states that are known (its versions), newest first. */
  history?: readonly string[];
}

export type CommonBase =
  /** Both copies hold the same text: there is nothing to merge. */
  | { kind: 'same' }
  /** The common base, with its content (a version, or one of the copies themselves). */
  | { kind: 'base'; fingerprint: string; draft: Draft }
  /** Both copies come from this state, but no version available holds its content. */
  | { kind: 'base-missing'; fingerprint: string }
  /** Copies of two different drafts, or of one draft with no state known to both. */
  | { kind: 'unrelated'; reason: 'other-draft' | 'no-shared-state' };

const origin = (copy: DraftCopy) => copy.lineage?.draftId ?? copy.draft.id;

/** The states a copy is known to come from, newest first, its current state included. */
function ancestry(copy: DraftCopy, current: string): string[] {
  return [...new Set([current, ...(copy.history ?? []), ...(copy.lineage ? [copy.lineage.base] : [])])];
}

/** Finds the common base of two copies of a draft; `versions` are the earlier states whose content is at hand. */
export function findCommonBase(a: DraftCopy, b: DraftCopy, versions: readonly Draft[] = []): CommonBase {
  if (origin(a) !== origin(b)) return { kind: 'unrelated', reason: 'other-draft' };
  const fa = draftFingerprint(a.draft);
  const fb = draftFingerprint(b.draft);
  if (fa === fb) return { kind: 'same' };
  const known = new Set(ancestry(b, fb));
  const fingerprint = ancestry(a, fa).find((state) => known.has(state));
  if (fingerprint === undefined) return { kind: 'unrelated', reason: 'no-shared-state' };
  const draft = [a.draft, b.draft, ...versions].find((candidate) => draftFingerprint(candidate) === fingerprint);
  return draft ? { kind: 'base', fingerprint, draft } : { kind: 'base-missing', fingerprint };
}
