import { describe, expect, it } from 'vitest';
import { filesToMakeRoom, MinuteWindow, type StoredBackup } from './backups-limits';

const MB = 1024 * 1024;
const file = (draftId: string, savedAt: number, bytes = MB): StoredBackup => ({
  draftId,
  file: `${savedAt}.normdraft`,
  savedAt,
  bytes,
});

describe('MinuteWindow', () => {
  it('lets through the limit in any 60 s, then more as the oldest leave the window', () => {
    const window = new MinuteWindow(3);
    expect([0, 10, 20, 30].map((t) => window.take(t * 1000))).toEqual([true, true, true, false]);
    expect(window.take(59_999)).toBe(false);
    expect(window.take(60_000)).toBe(true);
    expect(window.take(60_001)).toBe(false);
  });
});

describe('filesToMakeRoom', () => {
  it('removes nothing while the new file fits', () => {
    expect(filesToMakeRoom([file('d1', 1), file('d2', 2)], MB, 3 * MB)).toEqual([]);
  });

  it("removes the oldest files across drafts, just enough, never a draft's newest", () => {
    const files = [file('d1', 1), file('d1', 5), file('d2', 2), file('d2', 3), file('d2', 4)];
    expect(filesToMakeRoom(files, MB, 4 * MB)).toEqual([file('d1', 1), file('d2', 2)]);
  });

  it("refuses when even each draft's newest alone leaves no room", () => {
    const files = [file('d1', 1), file('d1', 2), file('d2', 3)];
    expect(filesToMakeRoom(files, 2 * MB, 3 * MB)).toBeNull();
  });
});
