// Which backup files of one draft to keep: the latest few, plus the last one of each day for a
// month, so a mistake noticed days later can still be undone from disk. Pure, so it is tested
// without a file system. Days are UTC days, as the file names are UTC times.

export interface BackupStamp {
  file: string;
  savedAt: number;
}

export interface RotationPolicy {
  /** Most recent files always kept. */
  keepLatest: number;
  /** Days back for which the last file of each day is kept. */
  keepDailyDays: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { keepLatest: 10, keepDailyDays: 30 };

const DAY_MS = 86_400_000;

export function backupsToKeep(
  files: readonly BackupStamp[],
  now: number,
  policy: RotationPolicy = DEFAULT_ROTATION,
): Set<string> {
  const newestFirst = [...files].sort((a, b) => b.savedAt - a.savedAt || (a.file < b.file ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, policy.keepLatest).map((f) => f.file));
  const today = Math.floor(now / DAY_MS);
  const days = new Set<number>();
  for (const file of newestFirst) {
    const day = Math.floor(file.savedAt / DAY_MS);
    if (today - day > policy.keepDailyDays || days.has(day)) continue;
    days.add(day);
    keep.add(file.file);
  }
  return keep;
}

const STAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z(?:-(\d{1,3}))?\.normdraft$/;

/** A backup file name for a time: sortable, readable, the same on every platform. */
export function backupFileName(ms: number, counter = 0): string {
  const iso = new Date(ms).toISOString(); // 2026-05-12T14:03:01.123Z
  const stamp = iso.replace(/[-:]/g, '').replace('.', '');
  return `${stamp}${counter > 0 ? `-${counter}` : ''}.normdraft`;
}

/** The time in a backup file name, or null when the name is not one this app writes. */
export function parseBackupFileName(name: string): number | null {
  const m = STAMP.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number) as number[];
  const time = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!);
  return Number.isNaN(time) || backupFileName(time) !== name.replace(/-\d{1,3}(?=\.normdraft$)/, '') ? null : time;
}
