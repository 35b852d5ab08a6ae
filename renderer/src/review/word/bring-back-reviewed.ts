// "Bring back reviewed Word file": the text typed so far is saved first, the reviewed file is read
// against the draft as stored (its comments and tracked changes become comments and suggestions;
// the text itself is unchanged until they are accepted), and the result replaces the stored draft
// through the edit guard, after a version named for the file. A file refused by the reader, or
// one that brings nothing, changes nothing and takes no version.
import { bringBackReview, type ReviewBackEnv, type ReviewBackReport } from '../../../../shared/review/bring-back';
import type { Draft } from '../../../../shared/model/draft';
import type { Services } from '../../services/context';
import { StorageError } from '../../storage/errors';
import { shortVersionName } from '../../versions/store';

export type BringBackDeps = Pick<Services, 'autosaver' | 'editGuard' | 'repository' | 'versions'>;

/** The engine (shared/review/bring-back.ts); tests give their own. */
export type ReviewReader = typeof bringBackReview;

export interface ReviewedFile {
  name: string;
  data: Uint8Array;
}

export interface BringBackTexts {
  /** The translated name of the version kept before, for the file brought back. */
  before(fileName: string): string;
}

export interface BringBackResult {
  report: ReviewBackReport;
  /** The draft as stored afterwards (with the new comments and suggestions), or null when nothing changed. */
  draft: Draft | null;
}

/** Thrown when text typed in the draft could not be saved: the review would replace it. */
export class TextNotSavedError extends Error {
  override readonly name = 'TextNotSavedError';
}

/** Whether the reviewed file brings anything into the draft. */
export const bringsSomething = (report: ReviewBackReport) => report.suggestions + report.comments > 0;

export async function bringBackReviewed(
  deps: BringBackDeps,
  draftId: string,
  file: ReviewedFile,
  texts: BringBackTexts,
  env: ReviewBackEnv,
  read: ReviewReader = bringBackReview,
): Promise<BringBackResult> {
  await deps.autosaver.flush();
  if (deps.autosaver.dirty) throw new TextNotSavedError('Text typed in the draft is not saved yet');
  const stored = await deps.repository.get(draftId);
  if (!stored) throw new StorageError('not-found', `No draft ${draftId}`);
  // A ReviewFileError from the reader leaves here before anything is written.
  const { draft, report } = await read(stored.draft, file.data, env);
  if (!bringsSomething(report)) return { report, draft: null };
  await deps.versions.take(draftId, 'manual', { name: shortVersionName(texts.before(file.name)) });
  const replaced = await deps.editGuard.replaceDraft(
    draftId,
    (current) => {
      // The review was read against the stored draft: a write since then would be lost.
      if (current.updatedAt !== stored.draft.updatedAt)
        throw new StorageError('conflict', `Draft ${draftId} changed while the review was read`);
      return draft;
    },
    { reason: 'merge' },
  );
  return { report, draft: replaced };
}
