// Storage failures the user can act on, told apart from one another so the UI can say what
// happened ("Not saved: the disk is full") instead of a generic error.

export type StorageErrorCode = 'not-found' | 'invalid-content' | 'invalid-title' | 'in-trash';

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
export type SaveFailureReason = 'quota' | 'unavailable' | 'invalid' | 'missing' | 'unknown';

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
}

export function saveFailureReason(error: unknown): SaveFailureReason {
  if (error instanceof StorageError) {
    if (error.code === 'invalid-content' || error.code === 'invalid-title') return 'invalid';
    return 'missing';
  }
  // Dexie wraps the IndexedDB error; a full disk may surface as QuotaExceededError directly, or
  // as an AbortError whose inner error is the quota error.
  const names = [errorName(error)];
  if (error && typeof error === 'object') {
    if ('inner' in error) names.push(errorName(error.inner));
    if ('cause' in error) names.push(errorName(error.cause));
  }
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.some((n) => ['DatabaseClosedError', 'InvalidStateError', 'OpenFailedError', 'MissingAPIError', 'UnknownError'].includes(n))) {
    return 'unavailable';
  }
  return 'unknown';
}
