// Merging returned contributions into the lead's draft, and the review of what a merge did:
// accept or reject its changes, resolve its conflicts. Pure: the app, the CLI and tests call it.
import type { Draft, NormLetter } from '../model/draft';
import type { SerializedEditorState } from '../model/lexical-json';
import type { Person } from '../collab/model';

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
export function mergeContributions(_lead: Draft, _inputs: readonly ContributionInput[], _env: MergeEnv): MergeOutcome {
  throw new Error('mergeContributions: not implemented yet');
}

/** Which pending changes an action applies to; no key set means all of them. */
export interface ChangeFilter {
  changeIds?: readonly string[];
  sectionId?: string;
  /** A contributor id. */
  author?: string;
}

/** Keeps the changes: they stop being marked as merged; who wrote them is still known. */
export function acceptChanges(_draft: Draft, _filter: ChangeFilter): Draft {
  throw new Error('acceptChanges: not implemented yet');
}

/** Puts the base text back where the changes were; `notReverted` lists changes edited since, left as they are. */
export function rejectChanges(_draft: Draft, _filter: ChangeFilter): { draft: Draft; notReverted: string[] } {
  throw new Error('rejectChanges: not implemented yet');
}

export type ConflictChoice = { take: 'ours' | 'theirs' | 'both' } | { take: 'edited'; blocks: SerializedEditorState };

/** Replaces the conflict's lead side in the section with the chosen text and closes it. */
export function resolveConflict(_draft: Draft, _conflictId: string, _choice: ConflictChoice): Draft {
  throw new Error('resolveConflict: not implemented yet');
}
