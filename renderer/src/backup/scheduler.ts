// When to write a draft's backup file (desktop): a couple of seconds after it changes, then at
// most once every 30 s while it keeps changing, so a long typing session costs one small file
// write per half minute. A write that fails or is refused as too soon is tried again later;
// after a few failures in a row the reason is reported (and cleared once a backup is written).
import { BACKUP_FAILURES_REPORTED, backupFailureReason, type BackupTrouble } from './backup-failure';

export const BACKUP_INTERVAL_MS = 30_000;
export const BACKUP_SETTLE_MS = 2_000;

export type BackupOutcome = 'written' | 'skipped' | 'too-soon';

export interface SchedulerOptions {
  write(draftId: string): Promise<BackupOutcome>;
  intervalMs?: number;
  settleMs?: number;
  now?(): number;
  /** Told when backups have failed BACKUP_FAILURES_REPORTED times in a row (and at each failure after), and null once one is written again. */
  onTrouble?(trouble: BackupTrouble | null): void;
}

export class BackupScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastWrite = new Map<string, number>();
  private readonly intervalMs: number;
  private readonly settleMs: number;
  private readonly now: () => number;
  private stopped = false;
  private trouble: BackupTrouble | null = null;

  constructor(private readonly options: SchedulerOptions) {
    this.intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
    this.settleMs = options.settleMs ?? BACKUP_SETTLE_MS;
    this.now = options.now ?? Date.now;
  }

  /** A draft changed: its backup is written once it settles, never sooner than the interval. */
  changed(draftId: string): void {
    if (this.stopped || this.timers.has(draftId)) return;
    const last = this.lastWrite.get(draftId);
    const wait = last === undefined ? this.settleMs : Math.max(this.settleMs, last + this.intervalMs - this.now());
    this.schedule(draftId, wait);
  }

  /** True while some draft's backup is waiting to be written. */
  get pending(): boolean {
    return this.timers.size > 0;
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(draftId: string, wait: number): void {
    this.timers.set(
      draftId,
      setTimeout(() => void this.run(draftId), wait),
    );
  }

  private async run(draftId: string): Promise<void> {
    let outcome: BackupOutcome | 'failed';
    try {
      outcome = await this.options.write(draftId);
      if (outcome === 'written') this.succeeded();
    } catch (error) {
      outcome = 'failed';
      this.failed(error);
    }
    this.timers.delete(draftId);
    if (this.stopped) return;
    if (outcome === 'written') this.lastWrite.set(draftId, this.now());
    // Not written this time: the change is still not on disk, so try again after an interval.
    else if (outcome !== 'skipped') this.schedule(draftId, this.intervalMs);
  }

  /** Failures in a row, whatever the draft: one full disk stops every draft's backups alike. */
  private failed(error: unknown): void {
    const failures = (this.trouble?.failures ?? 0) + 1;
    this.trouble = { reason: backupFailureReason(error), failures, since: this.trouble?.since ?? this.now() };
    if (failures >= BACKUP_FAILURES_REPORTED && !this.stopped) this.options.onTrouble?.(this.trouble);
  }

  private succeeded(): void {
    const reported = (this.trouble?.failures ?? 0) >= BACKUP_FAILURES_REPORTED;
    this.trouble = null;
    if (reported && !this.stopped) this.options.onTrouble?.(null);
  }
}
