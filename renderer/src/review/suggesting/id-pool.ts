// Suggestion ids handed to the editor at a keystroke. A few are kept ready with their records
// (author, date) already stored, so typing never waits for storage and saved text holds no mark
// without its record. When storage is slower than the typing and none is ready, an id is made at
// once and its record written straight away: the typed words are never dropped for want of an id.
import type { Review, ReviewSuggestion } from '../../../../shared/review/model';

export interface IdPoolDeps {
  /** Writes a change of the review block (in order with the other writes). */
  write(change: (review: Review) => Review): Promise<void>;
  newId(): string;
  now(): number;
  author(): string;
  /** A record could not be stored. */
  failed(): void;
}

export class SuggestionIdPool {
  private readonly ready: string[] = [];
  /** Every id handed out or made ready in this session: the reviewer's own suggestions. */
  readonly issued = new Set<string>();

  private deps: IdPoolDeps | null = null;

  constructor(private readonly size = 2) {}

  /** Where records are written and what they say (the owner's, set once it renders). */
  connect(deps: IdPoolDeps): void {
    this.deps = deps;
  }

  private get use(): IdPoolDeps {
    if (!this.deps) throw new Error('Suggestion ids asked before the pool was connected');
    return this.deps;
  }

  /** Stores records until `size` ids are ready. */
  async fill(): Promise<void> {
    while (this.ready.length < this.size) await this.stock();
  }

  /** An id for a new suggestion; its record is stored or on its way. */
  take(): string {
    const id = this.ready.shift();
    if (id !== undefined) {
      this.stock(id).catch(() => this.use.failed());
      return id;
    }
    const made = this.use.newId();
    this.issued.add(made);
    this.use.write(this.adding(this.record(made))).catch(() => this.use.failed());
    this.stock().catch(() => this.use.failed());
    return made;
  }

  /** Removes the records of ids still ready (the mode goes off). */
  drain(): Promise<void> {
    const unused = new Set(this.ready.splice(0));
    if (unused.size === 0) return Promise.resolve();
    return this.use.write((current) => ({
      ...current,
      suggestions: current.suggestions.filter((s) => !unused.has(s.id)),
    }));
  }

  private record(id: string): ReviewSuggestion {
    return { id, author: this.use.author(), at: this.use.now() };
  }

  private adding(record: ReviewSuggestion, taken?: string) {
    return (current: Review): Review => ({
      ...current,
      // A taken id's record is dated when it was taken, not when it was made ready.
      suggestions: [...current.suggestions.map((s) => (s.id === taken ? { ...s, at: record.at } : s)), record],
    });
  }

  /** Stores one more record (dating the one just taken), then has its id ready. */
  private async stock(taken?: string): Promise<void> {
    const record = this.record(this.use.newId());
    await this.use.write(this.adding(record, taken));
    this.issued.add(record.id);
    this.ready.push(record.id);
  }
}
