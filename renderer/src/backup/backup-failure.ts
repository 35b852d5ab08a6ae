// Why a desktop backup could not be written, in terms the storage status can say in plain words.
// Main's file errors reach the renderer only as text ("Error invoking remote method …: Error:
// ENOSPC: no space left on device …"), so the system's error code is read from the message.
import { errorChain, errorName, isQuotaError } from '../storage/errors';

export type BackupFailureReason = 'disk-full' | 'no-permission' | 'storage' | 'unknown';

/** Consecutive failed backup writes, reported once there are this many. */
export const BACKUP_FAILURES_REPORTED = 3;

export interface BackupTrouble {
  reason: BackupFailureReason;
  /** Consecutive failures so far. */
  failures: number;
  /** When the first of them happened (epoch ms). */
  since: number;
}

const STORAGE_ERRORS = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'InvalidStateError',
  'UnknownError',
  'DataError',
  'MissingAPIError',
]);

export function backupFailureReason(error: unknown): BackupFailureReason {
  const text = errorChain(error)
    .map((e) => (e instanceof Error ? e.message : ''))
    .join(' ');
  if (/\b(ENOSPC|EDQUOT)\b|no space left|disk quota/i.test(text)) return 'disk-full';
  if (/\b(EACCES|EPERM|EROFS)\b|permission denied|read-only file system/i.test(text)) return 'no-permission';
  // The draft could not be read from the app's own storage to be backed up.
  if (isQuotaError(error) || errorChain(error).some((e) => STORAGE_ERRORS.has(errorName(e)))) return 'storage';
  return 'unknown';
}
