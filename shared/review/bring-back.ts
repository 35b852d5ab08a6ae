// Bringing back a Word file exported for review (export-for-review.ts) and reviewed in Word or
// LibreOffice: its sections are matched to the draft's (markers the export writes, the text as a
// fallback); its comments become comment threads and its tracked changes suggestions, with the
// reviewers' names; edits made without tracking become suggestions computed against the text
// that was exported. Nothing of the draft's text changes until the user accepts.
import type { Draft } from '../model/draft';
import { readReviewedFile } from './bring-back/read-reviewed-file';

/** Why a reviewed file could not be brought back; the screens and the CLI word each for the user. */
export type ReviewFileErrorCode =
  /** Larger than a reviewed submission can be. */
  | 'too-large'
  /** Not a Word document, or damaged. */
  | 'damaged'
  /** A Word document, but exported from another draft (or matching none of its sections). */
  | 'not-this-draft';

export class ReviewFileError extends Error {
  override readonly name = 'ReviewFileError';
  constructor(
    readonly code: ReviewFileErrorCode,
    /** For developers and tests; never shown to users. */
    readonly detail?: string,
  ) {
    super(`Reviewed Word file not brought back: ${code}${detail ? ` (${detail})` : ''}`);
  }
}

export interface ReviewBackSection {
  id: string;
  /** The norm's number (1–11) for norm sections, else null. */
  norm: number | null;
  suggestions: number;
  comments: number;
  /** Reviewers who suggested or commented here, in order of first appearance. */
  authors: string[];
}

export interface ReviewBackReport {
  sections: ReviewBackSection[];
  suggestions: number;
  comments: number;
  /** Comments and changes that matched no section of the draft (left out). */
  unmatched: number;
}

export interface ReviewBackEnv {
  /** New ids for threads and suggestions. */
  newId: () => string;
  /** When the review is brought back (for changes Word wrote without a date). */
  now: number;
  /**
   * Who edits made without tracking are by when the file does not name its last editor (in the
   * user's language); "Reviewer" when not given.
   */
  unknownReviewer?: string;
}

/**
 * The draft with the reviewed file's comments and suggestions added (text unchanged until
 * accepted), and what was brought back per section. Throws a ReviewFileError.
 */
export async function bringBackReview(
  draft: Draft,
  bytes: Uint8Array,
  env: ReviewBackEnv,
): Promise<{ draft: Draft; report: ReviewBackReport }> {
  return readReviewedFile(draft, bytes, env);
}
