// The messages between the page and the versions web worker, which takes versions of stored
// drafts: reading the whole draft, hashing it (fingerprint.ts) and writing the copy happen there,
// never on the page's main thread, where they would hold up typing (the automatic version every
// 10 minutes of a 60,000-word draft).
import type { VersionReason, VersionRow } from '../storage/db';
import { StorageError, type StorageErrorCode } from '../storage/errors';
import type { TakeOptions, VersionStore } from './store';

export interface TakeVersionRequest {
  type: 'take';
  /** Matches the answer to its request. */
  id: number;
  draftId: string;
  reason: VersionReason;
  options: TakeOptions;
  /** The page's clock: the version's time, and the thinning's "now". */
  now: number;
}

export type VersionWorkerAnswer =
  | { type: 'taken'; id: number; version: VersionRow | null }
  /** `code` for a StorageError; `name` keeps what kind of error it was (QuotaExceededError, …). */
  | { type: 'failed'; id: number; name: string; message: string; code?: StorageErrorCode };

const REASONS: Record<VersionReason, true> = {
  manual: true,
  editing: true,
  restore: true,
  import: true,
  template: true,
  upgrade: true,
  conflict: true,
  backup: true,
  details: true,
  clearance: true,
  merge: true,
  suggestions: true,
};

/** The request, when the message is one; anything else is refused without touching storage. */
export function readTakeRequest(message: unknown): TakeVersionRequest | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  const options = m.options as Record<string, unknown> | undefined;
  const validOptions =
    !!options &&
    typeof options === 'object' &&
    (options.name === undefined || typeof options.name === 'string') &&
    (options.detail === undefined || typeof options.detail === 'string') &&
    (options.skipEmpty === undefined || typeof options.skipEmpty === 'boolean');
  if (
    m.type !== 'take' ||
    typeof m.id !== 'number' ||
    typeof m.draftId !== 'string' ||
    typeof m.now !== 'number' ||
    !Number.isFinite(m.now)
  )
    return null;
  if (typeof m.reason !== 'string' || !Object.hasOwn(REASONS, m.reason) || !validOptions) return null;
  return message as TakeVersionRequest;
}

/** The worker's side: takes the version with a store whose clock is the request's. */
export async function answerTakeRequest(
  message: unknown,
  storeAt: (now: number) => Pick<VersionStore, 'take'>,
): Promise<VersionWorkerAnswer> {
  const request = readTakeRequest(message);
  const id =
    message && typeof message === 'object' && typeof (message as { id?: unknown }).id === 'number'
      ? (message as { id: number }).id
      : -1;
  if (!request)
    return { type: 'failed', id, name: 'TypeError', message: 'Not a request the versions worker understands' };
  try {
    return {
      type: 'taken',
      id,
      version: await storeAt(request.now).take(request.draftId, request.reason, request.options),
    };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const text = error instanceof Error ? error.message : String(error);
    return error instanceof StorageError
      ? { type: 'failed', id, name, message: text, code: error.code }
      : { type: 'failed', id, name, message: text };
  }
}

/** The page's side: the error a failed answer stands for, of the same kind as in the worker. */
export function answerError(answer: Extract<VersionWorkerAnswer, { type: 'failed' }>): Error {
  if (answer.code) return new StorageError(answer.code, answer.message);
  const error = new Error(answer.message);
  error.name = answer.name;
  return error;
}
