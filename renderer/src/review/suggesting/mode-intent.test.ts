import { describe, expect, it } from 'vitest';
import { emptyReview } from '../../../../shared/review/model';
import { modeIntent, noteModeIntent, settleModeIntent, withSuggestingMode, type IntentStorage } from './mode-intent';

const memory = (): IntentStorage & { size(): number } => {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    size: () => items.size,
  };
};

const refusing: IntentStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('the noted wish for "Suggest changes"', () => {
  it('is kept per draft until the review holds it, then dropped', () => {
    const storage = memory();
    expect(modeIntent(storage, 'd1')).toBeNull();
    noteModeIntent(storage, 'd1', false);
    noteModeIntent(storage, 'd2', true);
    expect(modeIntent(storage, 'd1')).toBe(false);
    expect(modeIntent(storage, 'd2')).toBe(true);
    settleModeIntent(storage, 'd1', false);
    expect(modeIntent(storage, 'd1')).toBeNull();
    expect(modeIntent(storage, 'd2')).toBe(true);
  });

  it('survives the settling of an earlier toggle when the user toggled again meanwhile', () => {
    const storage = memory();
    noteModeIntent(storage, 'd1', true);
    noteModeIntent(storage, 'd1', false);
    // The write of "on" lands after the user turned the mode off again.
    settleModeIntent(storage, 'd1', true);
    expect(modeIntent(storage, 'd1')).toBe(false);
  });

  it('changes nothing and throws nothing when storage is refused', () => {
    expect(() => noteModeIntent(refusing, 'd1', true)).not.toThrow();
    expect(modeIntent(refusing, 'd1')).toBeNull();
    expect(() => settleModeIntent(refusing, 'd1', true)).not.toThrow();
  });
});

describe('the mode as the review stores it', () => {
  it('is set or dropped, and the same review comes back when it already says so', () => {
    const off = emptyReview();
    const on = withSuggestingMode(off, true);
    expect(on.suggesting).toBe(true);
    expect(off.suggesting).toBeUndefined();
    expect(withSuggestingMode(on, true)).toBe(on);
    expect(withSuggestingMode(off, false)).toBe(off);
    const offAgain = withSuggestingMode(on, false);
    expect('suggesting' in offAgain).toBe(false);
    expect(offAgain.comments).toEqual(on.comments);
  });
});
