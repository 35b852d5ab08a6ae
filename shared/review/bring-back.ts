// Bringing back a Word file exported for review (export-for-review.ts) and reviewed in Word or
// LibreOffice: its sections are matched to the draft's (markers the export writes, the text as a
// fallback); its comments become comment threads and its tracked changes suggestions, with the
// reviewers' names; edits made without tracking become suggestions computed against the text
// that was exported. Nothing of the draft's text changes until the user accepts.
import type { Draft } from '../model/draft';
import { readReviewedFile } from './bring-back/read-reviewed-file';
import type { ReviewBackEnv, ReviewBackReport } from './bring-back/report';

export {
  ReviewFileError,
  type ReviewBackEnv,
  type ReviewBackReport,
  type ReviewBackSection,
  type ReviewFileErrorCode,
} from './bring-back/report';

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
