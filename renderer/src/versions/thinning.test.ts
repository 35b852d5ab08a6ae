import { describe, expect, it } from 'vitest';
import { versionsToKeep, type ThinnableVersion } from './thinning';

// The policy as the user is told it: every version from today, one a day for a month (30 days),
// one a week before that. Pinned here, not imported, so a change to the policy fails this test.
const A_MONTH = 30;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Tuesday 12 May 2026, 15:00 UTC; days counted in UTC so the test means the same everywhere.
const NOW = Date.UTC(2026, 4, 12, 15);
const utcDay = (ms: number) => Math.floor(ms / DAY);

let n = 0;
const auto = (createdAt: number): ThinnableVersion => ({ id: `v${(n += 1)}`, createdAt, named: false });

/** One automatic version every 10 minutes of a working day (09:00–17:00), `daysAgo` days ago. */
function workingDay(daysAgo: number): ThinnableVersion[] {
  const start = Date.UTC(2026, 4, 12 - daysAgo, 9);
  return Array.from({ length: 48 }, (_, i) => auto(start + i * 10 * 60_000));
}

describe('versionsToKeep', () => {
  it('keeps every version from today', () => {
    const today = workingDay(0).filter((v) => v.createdAt <= NOW);
    expect(versionsToKeep(today, NOW, utcDay).size).toBe(today.length);
  });

  it('keeps the last version of each day for a month', () => {
    const yesterday = workingDay(1);
    const lastMonth = workingDay(A_MONTH);
    const kept = versionsToKeep([...yesterday, ...lastMonth], NOW, utcDay);
    expect([...kept].sort()).toEqual([yesterday.at(-1)!.id, lastMonth.at(-1)!.id].sort());
  });

  it('keeps one a day up to 30 days back and one a week from the 31st day', () => {
    // Now is Tuesday 12 May. 30 days back is Saturday 11 April; 31 and 32 days back are Friday 10
    // and Thursday 9 April, both in the week of Monday 6 April.
    const day30 = workingDay(30);
    const day31 = workingDay(31);
    const day32 = workingDay(32);
    const kept = versionsToKeep([...day30, ...day31, ...day32], NOW, utcDay);
    expect([...kept].sort()).toEqual([day30.at(-1)!.id, day31.at(-1)!.id].sort());
  });

  it('keeps the last version of each week before that', () => {
    // Two months of working days: 31–60 days ago is older than a month.
    const old = Array.from({ length: 30 }, (_, i) => workingDay(A_MONTH + 1 + i)).flat();
    const kept = versionsToKeep(old, NOW, utcDay);
    const weeks = new Set(old.map((v) => Math.floor((utcDay(v.createdAt) + 3) / 7)));
    expect(kept.size).toBe(weeks.size);
    for (const id of kept) {
      const version = old.find((v) => v.id === id)!;
      const week = Math.floor((utcDay(version.createdAt) + 3) / 7);
      const newestOfWeek = Math.max(
        ...old.filter((v) => Math.floor((utcDay(v.createdAt) + 3) / 7) === week).map((v) => v.createdAt),
      );
      expect(version.createdAt).toBe(newestOfWeek);
    }
  });

  it('never thins versions saved with a name, however old', () => {
    const named = { id: 'sent-to-capital', createdAt: NOW - 400 * DAY, named: true };
    const sameDay = auto(NOW - 400 * DAY + HOUR);
    const kept = versionsToKeep([named, sameDay, auto(NOW - 400 * DAY + 2 * HOUR)], NOW, utcDay);
    expect(kept.has('sent-to-capital')).toBe(true);
    expect(kept.size).toBe(2);
  });

  it('keeps versions dated after now (a clock set wrong) and handles an empty list', () => {
    const future = auto(NOW + 3 * DAY);
    expect(versionsToKeep([future], NOW, utcDay)).toEqual(new Set([future.id]));
    expect(versionsToKeep([], NOW, utcDay).size).toBe(0);
  });

  it('gives the same answer when applied twice (thinning is stable)', () => {
    const all = [0, 1, 2, 5, 29, 31, 45, 90].flatMap((d) => workingDay(d)).filter((v) => v.createdAt <= NOW);
    const once = versionsToKeep(all, NOW, utcDay);
    const twice = versionsToKeep(
      all.filter((v) => once.has(v.id)),
      NOW,
      utcDay,
    );
    expect(twice).toEqual(once);
  });
});
