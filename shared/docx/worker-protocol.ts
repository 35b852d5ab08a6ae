// The messages between the app and the export web worker, and the worker's whole job, so the
// worker file itself is one line: `onmessage = (e) => handleExportRequest(e.data, post)`.
import type { Draft } from '../model/draft';
import { exportDocx, exportInternalDocx } from './export-docx';
import { internalDraft } from '../internal/internal-draft';
import { publicDraft } from '../collab/public-draft';
import { parseOfficialTexts } from './official-texts';
import { parseExportOptions } from './options';
import { exportForReview } from '../review/export-for-review';

export interface ExportRequest {
  type: 'export';
  draft: Draft;
  /** DocxExportOptions as remembered for the draft; read leniently. */
  options: unknown;
  /** Epoch milliseconds of the export, for the file's created/modified properties. */
  now: number;
  /** Official norm texts the user provided in the draft's language (OfficialTexts); read leniently. */
  officialTexts?: unknown;
  /**
   * The file sent out for review: the draft's comments and suggestions as Word comments and
   * tracked changes. Without it, the normal export, which never holds any review data.
   */
  forReview?: boolean;
  /** The delegation's own copy: "Internal" on every page, with the private content (points of contact). */
  internal?: boolean;
}

export type ExportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };

export async function handleExportRequest(
  request: ExportRequest,
  post: (message: ExportMessage) => void,
): Promise<void> {
  try {
    const options = parseExportOptions(request.options);
    const onProgress = (done: number, total: number) => post({ type: 'progress', done, total });
    const officialTexts = parseOfficialTexts(request.officialTexts);
    const env = { now: new Date(request.now), onProgress, officialTexts };
    const bytes =
      request.forReview === true
        ? await exportForReview(request.draft, options, env)
        : request.internal === true
          ? await exportInternalDocx(internalDraft(request.draft), options, env)
          : await exportDocx(publicDraft(request.draft), options, env);
    post({ type: 'done', bytes });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
