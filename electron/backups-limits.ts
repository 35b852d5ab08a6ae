// What backups may cost, whatever the page asks: writes per minute across all drafts, and the
// total size of the backups folder. Pure, so it is tested without a file system or a clock.

export interface BackupLimits {
  /** Writes (attempts that reach parsing) across all drafts in any 60 s. */
  writesPerMinute: number;
  /** Size of every backup file together; the oldest are removed to make room, never a draft's newest. */
  maxTotalBytes: number;
}

/**
 * One draft is written at most every 20 s (BackupStoreOptions.minIntervalMs), so 3 a minute;
 * the page asks every 30 s per changed draft. 20 a minute lets a restore of many drafts through
 * within minutes and keeps a runaway page to a few hundred MB a minute at worst, off main's loop.
 */
export const DEFAULT_BACKUP_LIMITS: BackupLimits = { writesPerMinute: 20, maxTotalBytes: 512 * 1024 * 1024 };

const MINUTE_MS = 60_000;

/** A sliding one-minute window of events. */
export class MinuteWindow {
  private readonly times: number[] = [];

  constructor(private readonly limit: number) {}

  /** Records an event at `now` unless the window is full; true when recorded. */
  take(now: number): boolean {
    while (this.times.length > 0 && now - this.times[0]! >= MINUTE_MS) this.times.shift();
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }
}

export interface StoredBackup {
  draftId: string;
  file: string;
  savedAt: number;
  bytes: number;
}

/**
 * The files to delete, oldest first, so that `incoming` more bytes fit under `maxBytes`; null
 * when even deleting every file but each draft's newest would not make room.
 */
export function filesToMakeRoom(
  files: readonly StoredBackup[],
  incoming: number,
  maxBytes: number,
): StoredBackup[] | null {
  let total = incoming + files.reduce((sum, f) => sum + f.bytes, 0);
  if (total <= maxBytes) return [];
  const newest = new Map<string, StoredBackup>();
  for (const f of files) {
    const seen = newest.get(f.draftId);
    if (!seen || f.savedAt > seen.savedAt || (f.savedAt === seen.savedAt && f.file > seen.file))
      newest.set(f.draftId, f);
  }
  const keep = new Set(newest.values());
  const removable = files
    .filter((f) => !keep.has(f))
    .sort((a, b) => a.savedAt - b.savedAt || (a.file < b.file ? -1 : 1));
  const remove: StoredBackup[] = [];
  for (const f of removable) {
    if (total <= maxBytes) break;
    remove.push(f);
    total -= f.bytes;
  }
  return total <= maxBytes ? remove : null;
}
