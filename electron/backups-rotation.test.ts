import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToKeep, parseBackupFileName } from './backups-rotation';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 4, 12, 15);

describe('backup file names', () => {
  it('round-trip a time and sort in time order', () => {
    const name = backupFileName(Date.UTC(2026, 4, 12, 14, 3, 1, 123));
    expect(name).toBe('20260512T140301123Z.normdraft');
    expect(parseBackupFileName(name)).toBe(Date.UTC(2026, 4, 12, 14, 3, 1, 123));
    expect(parseBackupFileName(backupFileName(NOW, 2))).toBe(NOW);
    expect(backupFileName(NOW - 1) < backupFileName(NOW)).toBe(true);
  });

  it('refuse names this app does not write', () => {
    for (const name of [
      '20261345T140301123Z.normdraft',
      '../20260512T140301123Z.normdraft',
      '20260512T140301123Z.normdraft.tmp',
      '.20260512T140301123Z.normdraft.ab12.tmp',
      'notes.txt',
      '',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('backupsToKeep', () => {
  const every = (count: number, step: number, from: number) =>
    Array.from({ length: count }, (_, i) => ({ file: backupFileName(from - i * step), savedAt: from - i * step }));

  it('keeps the latest ten', () => {
    const files = every(25, 60_000, NOW);
    const kept = backupsToKeep(files, NOW, { keepLatest: 10, keepDailyDays: 0 });
    expect([...kept].sort()).toEqual(
      files
        .slice(0, 10)
        .map((f) => f.file)
        .sort(),
    );
  });

  it('keeps the last backup of each day for a month, and nothing older beyond the latest', () => {
    // One backup every 6 hours for 60 days.
    const files = every(240, 6 * HOUR, NOW);
    const kept = backupsToKeep(files, NOW, { keepLatest: 3, keepDailyDays: 30 });
    const days = new Set(
      files.filter((f) => f.savedAt >= Date.UTC(2026, 3, 12)).map((f) => Math.floor(f.savedAt / DAY)),
    );
    expect(kept.size).toBe(days.size + 2); // today's last is also among the latest 3
    expect(kept.has(files[0]!.file)).toBe(true);
    expect([...kept].every((name) => files.find((f) => f.file === name)!.savedAt >= NOW - 31 * DAY)).toBe(true);
  });

  it('keeps everything when there are few files', () => {
    const files = every(4, DAY * 90, NOW);
    expect(backupsToKeep(files, NOW).size).toBe(4);
  });
});
