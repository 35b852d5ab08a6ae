// Why the app's storage could not be opened or read at start, told apart so that the app offers
// what helps: a full disk, another window or an update holding the storage, a storage written by
// a newer version, a browser that refuses storage, or a passing error are explained with "Try
// again"; only a storage that is really damaged is offered a reset (after a rescue file).
import { errorChain, errorName, isQuotaError } from './errors';

export type OpenFailure = 'quota' | 'blocked' | 'newer-version' | 'unavailable' | 'transient' | 'damaged';

/** Another connection (a window of an older or newer version, an upgrade) closed or holds the database. */
const BLOCKED = new Set(['VersionChangeError', 'DatabaseClosedError', 'BlockedError']);
/** The browser gives this page no IndexedDB at all (private mode, site settings, a policy). */
const UNAVAILABLE = new Set(['MissingAPIError', 'SecurityError', 'InvalidAccessError', 'NotAllowedError']);
/** What IndexedDB reports for damaged files or records, and Dexie for a schema it cannot apply. */
const DAMAGED = new Set([
  'DataError',
  'DataCloneError',
  'NotFoundError',
  'NotReadableError',
  'SchemaError',
  'UpgradeError',
  'UnknownError',
]);

export function classifyOpenFailure(error: unknown): OpenFailure {
  const names = errorChain(error).map(errorName);
  // In order: each earlier cause also explains the later names Dexie wraps around it.
  if (names.includes('VersionError')) return 'newer-version';
  if (isQuotaError(error)) return 'quota';
  if (names.some((name) => UNAVAILABLE.has(name))) return 'unavailable';
  if (names.some((name) => DAMAGED.has(name))) return 'damaged';
  if (names.some((name) => BLOCKED.has(name))) return 'blocked';
  // AbortError, TimeoutError, TransactionInactiveError, InvalidStateError and the unknown: passing.
  return 'transient';
}
