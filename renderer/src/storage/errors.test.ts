import { describe, expect, it } from 'vitest';
import { saveFailureReason, StorageError } from './errors';

const named = (name: string, extra: object = {}) => Object.assign(new Error(name), { name }, extra);

describe('saveFailureReason', () => {
  it('recognises a full disk, also when wrapped in an AbortError', () => {
    expect(saveFailureReason(named('QuotaExceededError'))).toBe('quota');
    expect(saveFailureReason(named('AbortError', { inner: named('QuotaExceededError') }))).toBe('quota');
  });

  it('tells an unavailable database from bad content and a missing draft', () => {
    expect(saveFailureReason(named('DatabaseClosedError'))).toBe('unavailable');
    expect(saveFailureReason(new StorageError('invalid-content', 'x'))).toBe('invalid');
    expect(saveFailureReason(new StorageError('not-found', 'x'))).toBe('missing');
    expect(saveFailureReason('something odd')).toBe('unknown');
  });
});
