// Which automatic versions to keep as they age: every one from today, the last of each day for
// the past month, the last of each week before that. Versions the user saved with a name are
// never thinned. Pure: the caller says what "now" is and how to tell local days apart.

export interface ThinnableVersion {
  id: string;
  createdAt: number;
  /** Saved by the user with a name: kept for as long as the draft exists. */
  named: boolean;
}

/** Days of daily versions kept before thinning to one a week. */
export const DAILY_DAYS = 30;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 in the computer's own time zone, so "today" means the user's today. */
export function localDay(ms: number): number {
  return Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / DAY_MS);
}

/** Weeks starting on Monday (day 0, 1970-01-01, was a Thursday). */
const weekOf = (day: number) => Math.floor((day + 3) / 7);

/** Ids of the versions to keep; the others may be deleted. */
export function versionsToKeep(
  versions: readonly ThinnableVersion[],
  now: number,
  dayOf: (ms: number) => number = localDay,
): Set<string> {
  const today = dayOf(now);
  const keep = new Set<string>();
  // Newest first, so the first version seen in a day or week is the one kept for it.
  const sorted = [...versions].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  const daysTaken = new Set<number>();
  const weeksTaken = new Set<number>();
  for (const version of sorted) {
    const day = dayOf(version.createdAt);
    const age = today - day;
    if (version.named || age <= 0) {
      // Named, from today, or dated in the future by a wrong clock: never thinned away.
      keep.add(version.id);
    } else if (age <= DAILY_DAYS) {
      if (!daysTaken.has(day)) keep.add(version.id);
      daysTaken.add(day);
    } else {
      const week = weekOf(day);
      if (!weeksTaken.has(week)) keep.add(version.id);
      weeksTaken.add(week);
    }
  }
  return keep;
}
