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
    const write = vi
      .fn<(id: string) => Promise<BackupOutcome>>()
      .mockRejectedValueOnce(new Error('disk'))
      .mockResolvedValue('written');
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

describe('BackupScheduler failure reports', () => {
  const diskFull = () =>
    Promise.reject(
      new Error(
        "Error invoking remote method 'drafter:write-backup': Error: ENOSPC: no space left on device, open '…'",
      ),
    );

  it('says nothing about one or two failures, reports the third with its reason, and clears it once a backup is written', async () => {
    const reports: unknown[] = [];
    let failing = true;
    const scheduler = new BackupScheduler({
      write: () => (failing ? diskFull() : Promise.resolve('written')),
      intervalMs: 30_000,
      settleMs: 2_000,
      onTrouble: (trouble) => reports.push(trouble),
    });
    const start = Date.now();
    scheduler.changed('d1');
    await vi.advanceTimersByTimeAsync(2_000 + 30_000);
    expect(reports).toEqual([]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(reports).toEqual([{ reason: 'disk-full', failures: 3, since: start + 2_000 }]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(reports.at(-1)).toMatchObject({ failures: 4 });
    failing = false;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(reports.at(-1)).toBeNull();
    scheduler.stop();
  });

  it('counts failures of all drafts together and tells the reasons apart', async () => {
    const reports: unknown[] = [];
    const reasons = [
      new Error('Error: EACCES: permission denied, mkdir'),
      new Error('Error: EROFS: read-only file system'),
      Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }),
    ];
    const scheduler = new BackupScheduler({
      write: () => Promise.reject(reasons.shift() ?? new Error('?')),
      intervalMs: 30_000,
      settleMs: 2_000,
      onTrouble: (trouble) => reports.push(trouble),
    });
    scheduler.changed('d1');
    scheduler.changed('d2');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(reports).toEqual([]);
    scheduler.changed('d3');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(reports).toMatchObject([{ reason: 'storage', failures: 3 }]);
    scheduler.stop();
  });

  it('never reports a write refused as too soon or skipped', async () => {
    const reports: unknown[] = [];
    const outcomes: BackupOutcome[] = ['too-soon', 'too-soon', 'too-soon', 'too-soon'];
    const scheduler = new BackupScheduler({
      write: async () => outcomes.shift() ?? 'skipped',
      intervalMs: 30_000,
      settleMs: 2_000,
      onTrouble: (trouble) => reports.push(trouble),
    });
    scheduler.changed('d1');
    await vi.advanceTimersByTimeAsync(200_000);
    expect(reports).toEqual([]);
    scheduler.stop();
  });
});
