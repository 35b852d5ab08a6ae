// Storage failures the user can act on, told apart from one another so the UI can say what
// happened ("Not saved: the disk is full") instead of a generic error.

export type StorageErrorCode = 'not-found' | 'invalid-content' | 'invalid-title' | 'in-trash' | 'conflict';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Why a write failed, in terms the save indicator can translate. */
export type SaveFailureReason = 'quota' | 'unavailable' | 'invalid' | 'missing' | 'conflict' | 'unknown';

export function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
}

const UNAVAILABLE = ['DatabaseClosedError', 'InvalidStateError', 'OpenFailedError', 'MissingAPIError', 'UnknownError'];

/** The error and the errors it wraps (Dexie's `inner`, `cause`, a bulk write's `failures`), a few levels deep. */
export function errorChain(error: unknown, depth = 0, out: unknown[] = []): unknown[] {
  if (!error || typeof error !== 'object' || depth > 4 || out.includes(error)) return out;
  out.push(error);
  if ('inner' in error) errorChain(error.inner, depth + 1, out);
  if ('cause' in error) errorChain(error.cause, depth + 1, out);
  if ('failures' in error && Array.isArray(error.failures))
    for (const failure of error.failures.slice(0, 10)) errorChain(failure, depth + 1, out);
  return out;
}

/** A full disk or an exhausted storage quota, however the browser and Dexie wrapped it. */
export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some((e) => {
    const name = errorName(e);
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    // Older engines report the legacy DOMException code 22 under another name; Dexie's AbortError
    // sometimes names the cause only in its message.
    if (e && typeof e === 'object' && 'code' in e && e.code === 22 && name !== 'AbortError') return true;
    return name === 'AbortError' && e instanceof Error && /QuotaExceeded|quota/i.test(e.message);
  });
}

export function saveFailureReason(error: unknown): SaveFailureReason {
  if (error instanceof StorageError) {
    if (error.code === 'invalid-content' || error.code === 'invalid-title') return 'invalid';
    if (error.code === 'conflict') return 'conflict';
    return 'missing';
  }
  // Dexie wraps the IndexedDB error; a full disk may surface as QuotaExceededError directly, or
  // as an AbortError whose inner error is the quota error.
  if (isQuotaError(error)) return 'quota';
  if (errorChain(error).some((e) => UNAVAILABLE.includes(errorName(e)))) return 'unavailable';
  return 'unknown';
}
