// What bringing back a reviewed Word file needs and gives (../bring-back.ts): why a file is
// refused, what came back per section, and the ids and dates it uses.
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
