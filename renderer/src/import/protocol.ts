// The messages between the page and the import web worker.
import type { ImportErrorCode, ImportReport, TrackedChangesChoice } from '../../../shared/import';
import type { Draft } from '../../../shared/model/draft';

export interface ImportRequest {
  type: 'import';
  name: string;
  bytes: Uint8Array;
  /** A template chosen by the user; undefined to let the document decide. */
  templateId?: string;
  /** A Word file's tracked changes: taken (when absent) or left. */
  trackedChanges?: TrackedChangesChoice;
  now: number;
}

export type ImportWorkerRequest = ImportRequest | { type: 'cancel' };

/** 'unexpected': anything that is not an ImportError (a bug, or the worker running out of memory). */
export type ImportFailureCode = ImportErrorCode | 'unexpected';

export type ImportWorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; draft: Draft; report: ImportReport }
  | { type: 'error'; code: ImportFailureCode; params: Record<string, string | number>; message: string };
