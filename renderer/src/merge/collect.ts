// "Collect contributions": the returned files are read (.normdraft strictly; .docx through the
// Word reader, whose error says by a code why a file is not a contribution of this draft), merged
// into the stored draft, and the draft is replaced through the edit guard, between two named
// versions: one before the merge and one saying who contributed what.
import { readReturnedDocx } from '../../../shared/contribution/word';
import { WordContributionError } from '../../../shared/contribution/word-errors';
import { parseNormdraftBytes } from '../../../shared/format/normdraft';
import {
  mergeContributions,
  type ContributionInput,
  type MergeEnv,
  type MergeOutcome,
} from '../../../shared/merge/merge-draft';
import type { Draft } from '../../../shared/model/draft';
import type { Services } from '../services/context';
import { StorageError } from '../storage/errors';
import { beforeMergeName, mergedName, type VersionNameTexts } from './version-names';

export interface PickedFile {
  name: string;
  data: Uint8Array;
}

export interface UnreadFile {
  source: string;
  message: string;
}

export interface CollectResult {
  /** Null when no file could be read. */
  outcome: MergeOutcome | null;
  unread: UnreadFile[];
}

export interface CollectTexts extends VersionNameTexts {
  /** Why a .normdraft could not be read, in the user's words. */
  unreadable(error: unknown): string;
  /** Why the Word reader refused a .docx, in the user's words. */
  wordProblem(error: WordContributionError): string;
}

export type CollectDeps = Pick<Services, 'autosaver' | 'editGuard' | 'repository' | 'versions'>;

/** Thrown when text typed in the draft could not be saved: merging would replace it. */
export class UnsavedTextError extends Error {}

const isDocx = (name: string) => /\.docx$/i.test(name);

async function readInputs(
  files: readonly PickedFile[],
  lead: Draft,
  texts: CollectTexts,
): Promise<{ inputs: ContributionInput[]; unread: UnreadFile[] }> {
  const inputs: ContributionInput[] = [];
  const unread: UnreadFile[] = [];
  for (const file of files) {
    try {
      const draft = isDocx(file.name) ? await readReturnedDocx(file.data, lead) : parseNormdraftBytes(file.data);
      inputs.push({ draft, source: file.name });
    } catch (error) {
      // Both readers say why by a code; a .docx failing otherwise is taken for a damaged one.
      const message =
        error instanceof WordContributionError
          ? texts.wordProblem(error)
          : isDocx(file.name)
            ? texts.wordProblem(new WordContributionError('damaged'))
            : texts.unreadable(error);
      unread.push({ source: file.name, message });
    }
  }
  return { inputs, unread };
}

export async function collectContributions(
  deps: CollectDeps,
  draftId: string,
  files: readonly PickedFile[],
  texts: CollectTexts,
  env: MergeEnv,
): Promise<CollectResult> {
  await deps.autosaver.flush();
  if (deps.autosaver.dirty) throw new UnsavedTextError('Text typed in the draft is not saved yet');
  const stored = await deps.repository.get(draftId);
  if (!stored) throw new StorageError('not-found', `No draft ${draftId}`);
  const { inputs, unread } = await readInputs(files, stored.draft, texts);
  if (inputs.length === 0) return { outcome: null, unread };
  // A first pass on the stored draft says whether anything will change, and names the version before.
  const planned = mergeContributions(stored.draft, inputs, env);
  if (!planned.contributions.some((c) => c.status === 'merged')) return { outcome: planned, unread };
  await deps.versions.take(draftId, 'manual', { name: beforeMergeName(planned.contributions, texts) });
  let outcome = planned;
  await deps.editGuard.replaceDraft(
    draftId,
    (current) => {
      outcome = mergeContributions(current, inputs, env);
      return outcome.draft;
    },
    { reason: 'merge' },
  );
  await deps.versions.take(draftId, 'manual', {
    name: mergedName(outcome.contributions, outcome.draft.sections, texts),
  });
  return { outcome, unread };
}
