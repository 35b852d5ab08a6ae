import { describe, expect, it } from 'vitest';
import { backupFailureReason } from './backup-failure';

const remote = (inner: string) => new Error(`Error invoking remote method 'drafter:write-backup': Error: ${inner}`);

describe('backupFailureReason', () => {
  it('reads the system error main reported', () => {
    expect(backupFailureReason(remote('ENOSPC: no space left on device, write'))).toBe('disk-full');
    expect(backupFailureReason(remote('EDQUOT: disk quota exceeded'))).toBe('disk-full');
    expect(
      backupFailureReason(remote("EACCES: permission denied, open '/home/user/.config/Norms Drafter/backups/d1'")),
    ).toBe('no-permission');
    expect(backupFailureReason(remote('EROFS: read-only file system'))).toBe('no-permission');
  });

  it('tells the app’s own storage failing apart from anything else', () => {
    expect(
      backupFailureReason(Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' })),
    ).toBe('storage');
    expect(backupFailureReason(new DOMException('full', 'QuotaExceededError'))).toBe('storage');
    expect(backupFailureReason(remote('EIO: i/o error'))).toBe('unknown');
    expect(backupFailureReason('nothing useful')).toBe('unknown');
  });
});
