import { describe, expect, it } from 'vitest';
import { isQuotaError, saveFailureReason, StorageError } from './errors';

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

describe('quota errors, however they are wrapped', () => {
  it('are found in a bulk write failure, a cause chain, a legacy code and a Firefox name', () => {
    const quota = named('QuotaExceededError');
    expect(isQuotaError(named('BulkError', { failures: [named('ConstraintError'), quota] }))).toBe(true);
    expect(isQuotaError(named('AbortError', { inner: named('AbortError', { cause: quota }) }))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'Error', code: 22 }))).toBe(true);
    expect(isQuotaError(named('NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(
      isQuotaError(Object.assign(new Error('AbortError: QuotaExceededError: quota exceeded'), { name: 'AbortError' })),
    ).toBe(true);
  });

  it('are not confused with other aborts, and a self-referencing error does not loop', () => {
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
    expect(isQuotaError(named('AbortError', { inner: named('ConstraintError') }))).toBe(false);
    expect(saveFailureReason(named('AbortError', { inner: named('DatabaseClosedError') }))).toBe('unavailable');
  });

  it('tells a change made in another window apart', () => {
    expect(saveFailureReason(new StorageError('conflict', 'x'))).toBe('conflict');
  });
});
