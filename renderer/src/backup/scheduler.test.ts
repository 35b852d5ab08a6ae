import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupScheduler, type BackupOutcome } from './scheduler';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(outcomes: BackupOutcome[] = []) {
  const writes: [string, number][] = [];
  const write = vi.fn(async (draftId: string) => {
    writes.push([draftId, Date.now()]);
    return outcomes.shift() ?? 'written';
  });
  return { writes, scheduler: new BackupScheduler({ write, intervalMs: 30_000, settleMs: 2_000 }) };
}

describe('BackupScheduler', () => {
  it('writes a changed draft once it settles, then at most every 30 s while it keeps changing', async () => {
    const start = Date.now();
    const { writes, scheduler } = setup();
    // Typing for two minutes: a change every second.
    for (let s = 0; s < 120; s++) {
      scheduler.changed('d1');
      await vi.advanceTimersByTimeAsync(1_000);
    }
    await vi.advanceTimersByTimeAsync(60_000);
    const times = writes.map(([, t]) => t - start);
    expect(times[0]).toBe(2_000);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(30_000);
    // The last change (at 119 s) is written, no more than 30 s later.
    expect(times.at(-1)).toBeGreaterThanOrEqual(119_000);
    expect(times.at(-1)).toBeLessThanOrEqual(119_000 + 32_000);
    expect(scheduler.pending).toBe(false);
  });

  it('keeps drafts apart: each has its own rhythm', async () => {
    const { writes, scheduler } = setup();
    scheduler.changed('d1');
    scheduler.changed('d2');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(writes.map(([id]) => id).sort()).toEqual(['d1', 'd2']);
  });

  it('tries again after a failure or a "too soon", and gives up on a draft that is gone', async () => {
    const { writes, scheduler } = setup(['too-soon', 'skipped']);
    scheduler.changed('d1');
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(writes).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(writes).toHaveLength(2);
    expect(scheduler.pending).toBe(false);
  });

  it('retries a write that threw, and stops cleanly', async () => {
    const write = vi.fn<(id: string) => Promise<BackupOutcome>>().mockRejectedValueOnce(new Error('disk')).mockResolvedValue('written');
    const scheduler = new BackupScheduler({ write, intervalMs: 30_000, settleMs: 2_000 });
    scheduler.changed('d1');
    await vi.advanceTimersByTimeAsync(32_000);
    expect(write).toHaveBeenCalledTimes(2);
    scheduler.changed('d1');
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(write).toHaveBeenCalledTimes(2);
  });
});
