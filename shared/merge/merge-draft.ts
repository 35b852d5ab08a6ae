// Merging returned contributions into the lead's draft, and the review of what a merge did:
// accept or reject its changes, resolve its conflicts. Pure: the app, the CLI and tests call it.
import type { Draft, NormLetter } from '../model/draft';
import type { SerializedEditorState } from '../model/lexical-json';
import type { Person } from '../collab/model';
import { mergeOne } from './merge-contribution';
import { acceptMatching, rejectMatching, resolveOne } from './review';

/** A returned contribution: a draft carrying its ticket (draft.contribution), and where it came from. */
export interface ContributionInput {
  draft: Draft;
  /** The file's name, for messages. */
  source: string;
}

export interface SectionMergeCount {
  id: string;
  norm: NormLetter | null;
  heading: string;
  applied: number;
  conflicts: number;
}

export interface UnplacedContent {
  sectionId: string;
  heading: string;
  /** Edited but not asked of this contributor; removed from the lead's draft since; added by the contributor. */
  reason: 'not-asked' | 'section-removed' | 'new-section';
}

export interface ContributionOutcome {
  source: string;
  contributor: Person | null;
  status: 'merged' | 'already-merged' | 'other-draft' | 'not-a-contribution' | 'nothing-changed';
  sections: SectionMergeCount[];
  unplaced: UnplacedContent[];
}

export interface MergeOutcome {
  draft: Draft;
  contributions: ContributionOutcome[];
  applied: number;
  conflicts: number;
}

export interface MergeEnv {
  now: number;
  newId: () => string;
}

/** Merges each contribution in turn (three-way against its ticket's base); the input draft is not changed. */
export function mergeContributions(lead: Draft, inputs: readonly ContributionInput[], env: MergeEnv): MergeOutcome {
  let draft = lead;
  const contributions: ContributionOutcome[] = [];
  let applied = 0;
  let conflicts = 0;
  for (const input of inputs) {
    const result = mergeOne(draft, input, inputs, env);
    draft = result.draft;
    contributions.push(result.outcome);
    for (const section of result.outcome.sections) {
      applied += section.applied;
      conflicts += section.conflicts;
    }
  }
  return { draft, contributions, applied, conflicts };
}

/** Which pending changes an action applies to; no key set means all of them. */
export interface ChangeFilter {
  changeIds?: readonly string[];
  sectionId?: string;
  /** A contributor id. */
  author?: string;
}

/** Keeps the changes: they stop being marked as merged; who wrote them is still known. */
export function acceptChanges(draft: Draft, filter: ChangeFilter): Draft {
  return acceptMatching(draft, filter);
}

/** Puts the base text back where the changes were; `notReverted` lists changes edited since, left as they are. */
export function rejectChanges(draft: Draft, filter: ChangeFilter): { draft: Draft; notReverted: string[] } {
  return rejectMatching(draft, filter);
}

export type ConflictChoice = { take: 'ours' | 'theirs' | 'both' } | { take: 'edited'; blocks: SerializedEditorState };

/** Replaces the conflict's lead side in the section with the chosen text and closes it. */
export function resolveConflict(draft: Draft, conflictId: string, choice: ConflictChoice): Draft {
  return resolveOne(draft, conflictId, choice);
}
