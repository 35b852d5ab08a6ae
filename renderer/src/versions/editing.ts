// Automatic versions while editing: when a draft changes and its latest version (of any kind) is
// more than 10 minutes old, the draft is kept as a version. A draft with no words yet is not
// worth a version; thinning (store.prune) keeps the list short as versions age.
import type { VersionStore } from './store';

export const EDITING_INTERVAL_MS = 10 * 60_000;

export class EditingSnapshots {
  private readonly latest = new Map<string, number>();
  private readonly busy = new Set<string>();

  constructor(
    private readonly store: Pick<VersionStore, 'take' | 'latest'>,
    private readonly now: () => number = Date.now,
    private readonly intervalMs = EDITING_INTERVAL_MS,
  ) {}

  async changed(draftId: string): Promise<void> {
    if (this.busy.has(draftId)) return;
    this.busy.add(draftId);
    try {
      let latest = this.latest.get(draftId);
      if (latest === undefined) latest = (await this.store.latest(draftId))?.createdAt ?? Number.NEGATIVE_INFINITY;
      const now = this.now();
      if (now - latest < this.intervalMs) {
        this.latest.set(draftId, latest);
        return;
      }
      const taken = await this.store.take(draftId, 'editing', { skipEmpty: true });
      this.latest.set(draftId, taken ? taken.createdAt : now);
    } catch {
      // A draft deleted meanwhile, or storage refusing: the next change tries again.
      this.latest.delete(draftId);
    } finally {
      this.busy.delete(draftId);
    }
  }

  /** A version was taken by other means (named, before a restore): the 10 minutes start again. */
  noteTaken(draftId: string, at: number): void {
    this.latest.set(draftId, at);
  }
}
