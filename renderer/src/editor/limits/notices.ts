// What the editor changed (or refused) so that a section stays within what storage accepts,
// kept for the notice under the toolbar. One log per section, shared with its footnotes' editors.

export type FitNoticeKind =
  /** Tab or "Increase indent" at the deepest list level. */
  | 'indentCap'
  /** Pasted or loaded list items deeper than that were moved up. */
  | 'listFlattened'
  /** A run of text longer than one stored text may hold was split into paragraphs. */
  | 'runSplit'
  /** More paragraphs or list items than one section level may hold: joined or split. */
  | 'blocksJoined'
  /** A paste that would not fit in the section at all, refused. */
  | 'pasteRefused';

export interface FitNotice {
  kind: FitNoticeKind;
  /** Changes with every report, so the same notice reported again is announced again. */
  id: number;
}

export class FitNoticeLog {
  private notice: FitNotice | null = null;
  private nextId = 0;
  private listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getNotice = (): FitNotice | null => this.notice;

  report(kind: FitNoticeKind): void {
    this.notice = { kind, id: (this.nextId += 1) };
    // Reports come from inside editor updates: React hears of them once the update is done.
    queueMicrotask(() => this.notify());
  }

  dismiss(): void {
    this.notice = null;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
