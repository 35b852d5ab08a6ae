import { describe, expect, it } from 'vitest';
import { classifyOpenFailure } from './open-failure';

const named = (name: string, inner?: unknown, message = name) => Object.assign(new Error(message), { name, inner });

describe('classifyOpenFailure', () => {
  it('tells a full disk, another window, a newer version and a refused storage apart from damage', () => {
    expect(classifyOpenFailure(named('OpenFailedError', named('QuotaExceededError')))).toBe('quota');
    expect(classifyOpenFailure(named('AbortError', undefined, 'QuotaExceededError: the quota has been exceeded'))).toBe(
      'quota',
    );
    expect(classifyOpenFailure(named('OpenFailedError', named('VersionError')))).toBe('newer-version');
    expect(classifyOpenFailure(named('DatabaseClosedError', named('VersionChangeError')))).toBe('blocked');
    expect(classifyOpenFailure(named('OpenFailedError', named('BlockedError')))).toBe('blocked');
    expect(classifyOpenFailure(named('MissingAPIError'))).toBe('unavailable');
    expect(classifyOpenFailure(named('OpenFailedError', named('SecurityError')))).toBe('unavailable');
  });

  it('calls passing errors transient, and only errors of damaged files or records damage', () => {
    for (const name of ['AbortError', 'TimeoutError', 'TransactionInactiveError', 'InvalidStateError', 'TypeError'])
      expect(classifyOpenFailure(named(name)), name).toBe('transient');
    expect(classifyOpenFailure(new Error('something else'))).toBe('transient');
    expect(
      classifyOpenFailure(
        named('OpenFailedError', named('UnknownError', undefined, 'Internal error opening backing store')),
      ),
    ).toBe('damaged');
    expect(classifyOpenFailure(named('DataError'))).toBe('damaged');
    expect(classifyOpenFailure(named('OpenFailedError', named('UpgradeError')))).toBe('damaged');
  });
});
