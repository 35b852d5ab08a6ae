// A draft written as a .docx, as the app writes it: with the official norm texts the user
// provided for the draft's language (without them, the English ones), in a fresh web worker.
// The export dialog and the benchmark both come through here.
import type { DocxExportOptions } from '../../../shared/docx';
import type { Draft } from '../../../shared/model/draft';
import type { NormTextStore } from '../language/norm-texts';
import { exportInWorker, type ExportRun, type WorkerLike } from './run-export';
import { startDocxWorker } from './start-worker';

export interface WriteDocxRun extends ExportRun {
  /** The file sent out for review, with comments and tracked changes; never the one to submit. */
  forReview?: boolean;
  /** The delegation's own copy with its private content; never the one to submit. */
  internal?: boolean;
}

export async function writeDocx(
  normTexts: Pick<NormTextStore, 'forLanguage'>,
  draft: Draft,
  options: DocxExportOptions | Record<string, never>,
  { forReview = false, internal = false, ...run }: WriteDocxRun = {},
  createWorker: () => WorkerLike = startDocxWorker,
): Promise<Uint8Array> {
  const officialTexts = await normTexts.forLanguage(draft.language).catch(() => ({}));
  return exportInWorker(
    {
      type: 'export',
      draft,
      options,
      now: Date.now(),
      officialTexts,
      ...(forReview ? { forReview } : {}),
      ...(internal ? { internal } : {}),
    },
    createWorker,
    run,
  );
}
