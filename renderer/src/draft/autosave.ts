// Saves section content shortly after the user stops typing, at most about a second behind.
// Each change is recorded against the section it was made in at the moment it was made, so a
// quick switch to another section can never save text into the wrong place. A failed write
// keeps the content, reports the failure and is retried with growing delays; it is never lost
// silently. A conflict with another window is different: retrying cannot resolve it, so the
// section's text waits, shown as a conflict, until the user chooses which text to keep (the
// conflict notice then flushes again), while the other sections go on saving. Content that
// storage refuses as it is (beyond the schema's limits) is refused again on every retry: such a
// section is set aside as refused, handed to `onRefused` (the rescue store keeps its text) and
// tried again only when the user changes it. Until written, every change stays readable through
// `unsaved()`: it is the live text of the section, what outputs must hold. The editor hands its
// text as a reader rather than serialised (a long section's serialisation costs more than the
// keystroke itself): it is read when written, when flushed (leaving the page, closing the window)
// and by `unsaved()`, so every one of those gets the text as it is at that moment.
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import type { SectionPatch } from '../storage/repository';
import { saveFailureReason, type SaveFailureReason } from '../storage/errors';
import { whenIdle } from '../ui/when-idle';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: SaveFailureReason; retryInMs: number }
  /** Some text is held back because another window changed the same section. */
  | { kind: 'conflict' }
  /** Storage refuses some section's text as it is: not retried until the user changes it. */
  | { kind: 'refused' };

/**
 * Writes one section's change. `pause`, given for a save made while typing, lets waiting input
 * run: the save may use it between steps of its own work (checking, counting) before writing.
 */
export type SaveSection = (
  draftId: string,
  sectionId: string,
  patch: SectionPatch,
  pause?: () => Promise<void>,
) => Promise<unknown>;

export interface AutosaveOptions {
  save: SaveSection;
  /** Quiet period after the last keystroke before writing. */
  debounceMs?: number;
  /** Longest a change may wait while the user keeps typing. */
  maxWaitMs?: number;
  /** Delays between retries after failures; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** A section's text was refused by storage as it is (it will not be retried until changed). */
  onRefused?(draftId: string, sectionId: string, patch: SectionPatch): void;
  /** A section refused earlier has now been written. */
  onStoredAfterRefusal?(draftId: string, sectionId: string): void;
}

/** A change as recorded: the content may be a reader of the editor's current text. */
export interface SectionChange extends Omit<SectionPatch, 'content'> {
  content?: SerializedEditorState | (() => SerializedEditorState);
}

interface PendingChange {
  draftId: string;
  sectionId: string;
  patch: SectionChange;
}

interface ReadChange extends PendingChange {
  patch: SectionPatch;
}

/** The change with its content read now, if it was given as a reader. */
function read(change: PendingChange): ReadChange {
  const { content } = change.patch;
  return typeof content === 'function'
    ? { ...change, patch: { ...change.patch, content: content() } }
    : (change as ReadChange);
}

/**
 * Lets waiting input (the next keystroke) run before the next step of a save made while typing:
 * reading the section and storing it (checked and counted) are then two tasks, not one long one.
 */
function yieldToInput(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : Promise.resolve();
}

const keyOf = (draftId: string, sectionId: string) => `${draftId}\u0000${sectionId}`;

export class Autosaver {
  private readonly pending = new Map<string, PendingChange>();
  /** Sections whose last write met a conflict with another window: no timed retries for them. */
  private readonly held = new Set<string>();
  /** Changes storage refused as they are (invalid content): kept, but not retried until changed again. */
  private readonly refused = new Map<string, ReadChange>();
  /** Sections refused since the draft was opened, so their rescued copy can go once they are written. */
  private readonly refusedBefore = new Set<string>();
  private readonly listeners = new Set<(state: SaveState) => void>();
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryDelaysMs: readonly number[];
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the timer set fires, and when the write is due (a later key moves it later). */
  private timerAt = 0;
  private dueAt = 0;
  private retrying = false;
  private firstChangeAt: number | null = null;
  private running: Promise<void> | null = null;
  /** The batch being written now: not in `pending` any more, not yet known to be stored. */
  private inFlight: readonly ReadChange[] = [];
  private failures = 0;
  private current: SaveState = { kind: 'saved' };

  constructor(private readonly options: AutosaveOptions) {
    this.debounceMs = options.debounceMs ?? 600;
    this.maxWaitMs = options.maxWaitMs ?? 1000;
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000];
  }

  get state(): SaveState {
    return this.current;
  }

  /** True while some change is not yet known to be on disk. */
  get dirty(): boolean {
    return this.pending.size > 0 || this.refused.size > 0 || this.running !== null;
  }

  /**
   * The changes to a draft's sections not yet in storage (waiting, being written, failed, held by a
   * conflict or refused), by section id: each is the section's live content as the editor last
   * reported it. The batch being written counts: a retry may start between an output's flush and
   * its read of this, and until that write is known to be stored its text exists only here.
   */
  unsaved(draftId: string): Map<string, SectionPatch> {
    const out = new Map<string, SectionPatch>();
    for (const change of this.notStored())
      if (change.draftId === draftId)
        out.set(change.sectionId, { ...out.get(change.sectionId), ...read(change).patch });
    return out;
  }

  /** The sections of a draft with changes not yet stored, without reading their text. */
  unsavedSectionIds(draftId: string): Set<string> {
    return new Set(this.notStored().flatMap((change) => (change.draftId === draftId ? [change.sectionId] : [])));
  }

  /** Every change not yet stored, whatever its state: refused, being written, waiting. */
  private notStored(): PendingChange[] {
    return [...this.refused.values(), ...this.inFlight, ...this.pending.values()];
  }

  /**
   * Every change not yet known to be stored, in every draft, including the batch being written
   * at this moment: what must survive if the page goes away now (see leave-journal.ts).
   */
  unwritten(): { draftId: string; sectionId: string; patch: SectionPatch }[] {
    this.readPending();
    const merged = new Map<string, { draftId: string; sectionId: string; patch: SectionPatch }>();
    for (const change of [
      ...this.refused.values(),
      ...this.inFlight,
      ...(this.pending.values() as Iterable<ReadChange>),
    ]) {
      const key = keyOf(change.draftId, change.sectionId);
      merged.set(key, {
        draftId: change.draftId,
        sectionId: change.sectionId,
        patch: { ...merged.get(key)?.patch, ...change.patch },
      });
    }
    return [...merged.values()];
  }

  /** Sections of a draft whose text storage refused, with that text (still on screen). */
  refusedSections(draftId: string): Map<string, SectionPatch> {
    return new Map(
      [...this.refused.values()]
        .filter((change) => change.draftId === draftId)
        .map((change) => [change.sectionId, change.patch]),
    );
  }

  /** Ids of the drafts that have changes not yet in storage. */
  unsavedDrafts(): string[] {
    return [...new Set(this.notStored().map((c) => c.draftId))];
  }

  subscribe(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Records a change to one section (content, status); later changes to it are merged over it.
   * Content given as a reader is read only when needed (see above), never here.
   */
  change(draftId: string, sectionId: string, patch: SectionChange): void {
    const key = keyOf(draftId, sectionId);
    // A refused section is tried again once the user changes it (shortened, split…).
    const earlier = { ...this.refused.get(key)?.patch, ...this.pending.get(key)?.patch };
    this.refused.delete(key);
    this.pending.set(key, { draftId, sectionId, patch: { ...earlier, ...patch } });
    if (this.current.kind === 'saved') this.setState({ kind: 'saving' });
    // After a failure the retry timer decides when to try again: typing must not hammer a full disk.
    if (this.retrying) return;
    const now = Date.now();
    this.firstChangeAt ??= now;
    const delay = Math.max(0, Math.min(this.debounceMs, this.maxWaitMs - (now - this.firstChangeAt)));
    this.schedule(delay);
  }

  /**
   * The draft is read from storage again (opened, reloaded after a restore): its refused text is
   * no longer on screen. The rescue store keeps it; a later save of the section must not drop that copy.
   */
  forgetRefused(draftId: string): void {
    for (const [key, change] of this.refused) {
      if (change.draftId !== draftId) continue;
      this.refused.delete(key);
      this.refusedBefore.delete(key);
    }
    if (this.current.kind === 'refused' && this.refused.size === 0)
      this.setState({ kind: this.pending.size === 0 ? 'saved' : 'saving' });
  }

  /** Writes everything pending now (switching sections or drafts, leaving the page). */
  async flush(): Promise<void> {
    return this.flushPending(false);
  }

  /** `whileTyping`: a timed save, which yields to input between its steps. */
  private async flushPending(whileTyping: boolean): Promise<void> {
    this.clearTimer();
    // Read now, before any wait: the page may be going away and the editor with it.
    this.readPending();
    while (this.running) await this.running;
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()].map(read);
    this.pending.clear();
    this.firstChangeAt = null;
    this.inFlight = batch;
    this.running = this.write(batch, whileTyping).finally(() => {
      this.running = null;
      this.inFlight = [];
    });
    await this.running;
  }

  private readPending(): void {
    for (const [key, change] of this.pending) this.pending.set(key, read(change));
  }

  private async write(batch: ReadChange[], whileTyping = false): Promise<void> {
    if (this.current.kind !== 'failed' && this.current.kind !== 'conflict') this.setState({ kind: 'saving' });
    for (let i = 0; i < batch.length; i += 1) {
      const change = batch[i]!;
      const key = keyOf(change.draftId, change.sectionId);
      if (whileTyping) await yieldToInput();
      try {
        const started = performance.now();
        await this.options.save(change.draftId, change.sectionId, change.patch, whileTyping ? yieldToInput : undefined);
        // A User Timing entry per save, for bench/ (it observes them): how long saving one
        // section takes. Only the latest is kept, so a long session accumulates nothing.
        performance.clearMeasures('drafter:autosave');
        performance.measure('drafter:autosave', { start: started });
        this.held.delete(key);
        if (this.refusedBefore.delete(key)) this.options.onStoredAfterRefusal?.(change.draftId, change.sectionId);
      } catch (error) {
        const reason = saveFailureReason(error);
        if (reason === 'conflict') {
          // Held until the user decides; the rest of the batch is written meanwhile.
          this.requeue([change]);
          this.held.add(key);
          continue;
        }
        if (reason === 'invalid') {
          // Retrying the same content cannot succeed: set it aside until the user changes it.
          this.refuse(change);
          continue;
        }
        this.requeue(batch.slice(i));
        this.fail(error);
        return;
      }
    }
    this.failures = 0;
    this.retrying = false;
    const waiting = [...this.pending.keys()].some((k) => !this.held.has(k));
    if (waiting && !this.timer) this.schedule(this.debounceMs);
    if (this.held.size > 0) this.setState({ kind: 'conflict' });
    else if (this.refused.size > 0) this.setState({ kind: 'refused' });
    else this.setState({ kind: this.pending.size === 0 ? 'saved' : 'saving' });
  }

  private refuse(change: ReadChange): void {
    const key = keyOf(change.draftId, change.sectionId);
    // Anything typed since the write started is newer and will be tried in its turn.
    if (this.pending.has(key)) return this.requeue([change]);
    this.refused.set(key, change);
    this.refusedBefore.add(key);
    this.options.onRefused?.(change.draftId, change.sectionId, change.patch);
  }

  /** Puts unsaved changes back, under anything the user has changed in that section since. */
  private requeue(changes: PendingChange[]): void {
    for (const change of changes) {
      const key = keyOf(change.draftId, change.sectionId);
      const newer = this.pending.get(key)?.patch;
      this.pending.set(key, { ...change, patch: { ...change.patch, ...newer } });
    }
  }

  private fail(error: unknown): void {
    const delay = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length - 1)] ?? 1000;
    this.failures += 1;
    this.retrying = true;
    this.setState({ kind: 'failed', reason: saveFailureReason(error), retryInMs: delay });
    this.schedule(delay);
  }

  private schedule(delay: number): void {
    this.dueAt = Date.now() + delay;
    // While typing, each key moves the write later: a timer set to fire sooner is kept and
    // looks again when it fires, rather than being cleared and set again on every key.
    if (this.timer && this.timerAt <= this.dueAt) return;
    this.clearTimer();
    this.arm(delay);
  }

  private arm(delay: number): void {
    this.timerAt = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = null;
      const early = this.dueAt - Date.now();
      if (early > 0) return this.arm(early);
      // Written when the page is next idle (within 200 ms), so that a save of a long section
      // falls between two keystrokes rather than delaying the next one (bench/).
      whenIdle(() => void this.flushPending(true));
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState): void {
    // "Saving" again while saving (each write while typing) changes nothing on screen: no one is
    // told, so the header and notices are not rendered again. A failure's countdown is news.
    if (state.kind === this.current.kind && state.kind !== 'failed') return;
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}
