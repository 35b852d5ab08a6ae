// No silent overwrite between two windows or tabs on the same draft. Each window remembers the
// text of every section as it last read or wrote it. Before a write, if the draft changed in
// storage since (its updatedAt moved), the window compares: a section changed elsewhere and
// edited here is a conflict and is not written; sections changed elsewhere only become stale
// (writing them later is a conflict too). The usual path costs two reads of the small draft row.
import type { Draft, SectionStatus } from '../../../shared/model/draft';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import type { DrafterDb, SectionRow, SectionSummary } from './db';
import { StorageError } from './errors';
import type { DraftRepository, ReplaceOptions, SectionPatch, StoredDraft } from './repository';
import type { PreparedContent } from './section-figures';

interface SectionBase {
  content: SerializedEditorState;
  status: SectionStatus;
}

interface DraftBase {
  updatedAt: number;
  sections: Map<string, SectionBase>;
  /** Sections edited here and changed elsewhere: not written until the user decides. */
  conflicts: Set<string>;
  /** Sections changed elsewhere, not (yet) edited here. */
  stale: Set<string>;
  /** Sections whose pending edits the user chose to drop for the other window's text. */
  dropped: Set<string>;
}

export interface GuardState {
  conflicts: string[];
  stale: string[];
}

const same = (row: Pick<SectionRow, 'content' | 'status'>, base: SectionBase) =>
  row.status === base.status &&
  (row.content === base.content || JSON.stringify(row.content) === JSON.stringify(base.content));

export class EditGuard {
  private readonly drafts = new Map<string, DraftBase>();
  private readonly listeners = new Set<(draftId: string) => void>();

  constructor(
    private readonly db: DrafterDb,
    private readonly repository: DraftRepository,
  ) {}

  /** The draft as this window loaded it: the base later writes are checked against. */
  opened(stored: StoredDraft): void {
    const sections = new Map(stored.draft.sections.map((s) => [s.id, { content: s.content, status: s.status }]));
    this.drafts.set(stored.draft.id, {
      updatedAt: stored.summary.updatedAt,
      sections,
      conflicts: new Set(),
      stale: new Set(),
      dropped: new Set(),
    });
    this.emit(stored.draft.id);
  }

  /** The draft's updatedAt as this window last read or wrote it (null: not opened here). */
  baseUpdatedAt(draftId: string): number | null {
    return this.drafts.get(draftId)?.updatedAt ?? null;
  }

  state(draftId: string): GuardState {
    const base = this.drafts.get(draftId);
    return { conflicts: [...(base?.conflicts ?? [])], stale: [...(base?.stale ?? [])] };
  }

  subscribe(listener: (draftId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Saves through the repository unless that would overwrite a change made elsewhere; `prepared`
   * is the content's figures from `repository.prepareSection`, if derived ahead.
   */
  async save(
    draftId: string,
    sectionId: string,
    patch: SectionPatch,
    prepared?: PreparedContent,
  ): Promise<SectionSummary | null> {
    const base = this.drafts.get(draftId);
    if (!base) return this.repository.saveSection(draftId, sectionId, patch, prepared);
    if (base.dropped.has(sectionId)) return null;
    let result: { summary: SectionSummary; updatedAt: number; content: SerializedEditorState };
    try {
      result = await this.db.transaction('rw', this.db.drafts, this.db.sections, async () => {
        const row = await this.db.drafts.get(draftId);
        if (row && row.updatedAt !== base.updatedAt) await this.compare(draftId, base);
        if (base.conflicts.has(sectionId) || base.stale.has(sectionId)) {
          throw new StorageError('conflict', `Section ${sectionId} of draft ${draftId} was changed in another window`);
        }
        const summary = await this.repository.saveSection(draftId, sectionId, patch, prepared);
        const content =
          patch.content ??
          (await this.db.sections.get([draftId, sectionId]))?.content ??
          base.sections.get(sectionId)!.content;
        return { summary, updatedAt: (await this.db.drafts.get(draftId))?.updatedAt ?? base.updatedAt, content };
      });
    } catch (error) {
      if (error instanceof StorageError && error.code === 'conflict') {
        base.stale.delete(sectionId);
        base.conflicts.add(sectionId);
        this.emit(draftId);
      }
      throw error;
    }
    base.updatedAt = result.updatedAt;
    base.sections.set(sectionId, { content: result.content, status: result.summary.status });
    return result.summary;
  }

  /**
   * Replaces the draft's whole content (see DraftRepository.replaceDraft) as this window: refused
   * as a conflict, like a save, when sections changed in another window since this window read
   * them (they are marked stale, so the window says so and offers a reload); afterwards the new
   * content is this window's base, so its next saves are not mistaken for a conflict.
   */
  async replaceDraft(draftId: string, change: (current: Draft) => Draft, options: ReplaceOptions): Promise<Draft> {
    const base = this.drafts.get(draftId);
    if (!base) return this.repository.replaceDraft(draftId, change, options);
    const { db } = this;
    const { draft, updatedAt } = await db.transaction(
      'rw',
      [db.drafts, db.sections, db.versions, db.versionData],
      async () => {
        const row = await db.drafts.get(draftId);
        if (row && row.updatedAt !== base.updatedAt) await this.compare(draftId, base);
        if (base.conflicts.size > 0 || base.stale.size > 0)
          throw new StorageError('conflict', `Draft ${draftId} was changed in another window`);
        const replaced = await this.repository.replaceDraft(draftId, change, options);
        return { draft: replaced, updatedAt: (await db.drafts.get(draftId))?.updatedAt ?? replaced.updatedAt };
      },
    );
    this.drafts.set(draftId, {
      ...base,
      updatedAt,
      sections: new Map(draft.sections.map((s) => [s.id, { content: s.content, status: s.status }])),
    });
    return draft;
  }

  /** Accepts the other window's changes as the base for these sections: the next write replaces them. */
  async keepMine(draftId: string, sectionIds: readonly string[]): Promise<void> {
    const base = this.drafts.get(draftId);
    if (!base) return;
    await this.db.transaction('r', this.db.drafts, this.db.sections, async () => {
      base.updatedAt = (await this.db.drafts.get(draftId))?.updatedAt ?? base.updatedAt;
      for (const id of sectionIds) {
        const row = await this.db.sections.get([draftId, id]);
        if (row) base.sections.set(id, { content: row.content, status: row.status });
        base.conflicts.delete(id);
        base.stale.delete(id);
      }
    });
    this.emit(draftId);
  }

  /** Drops this window's pending edits of the conflicting sections (the screen reloads next). */
  useTheirs(draftId: string): void {
    const base = this.drafts.get(draftId);
    if (!base) return;
    for (const id of base.conflicts) base.dropped.add(id);
    base.conflicts.clear();
    this.emit(draftId);
  }

  /** Finds which sections changed in storage since this window's base. */
  private async compare(draftId: string, base: DraftBase): Promise<void> {
    const rows = await this.db.sections.where('draftId').equals(draftId).toArray();
    let found = false;
    for (const row of rows) {
      const known = base.sections.get(row.id);
      if (known && !same(row, known) && !base.conflicts.has(row.id)) {
        base.stale.add(row.id);
        found = true;
      }
    }
    base.updatedAt = (await this.db.drafts.get(draftId))?.updatedAt ?? base.updatedAt;
    if (found) this.emit(draftId);
  }

  private emit(draftId: string): void {
    for (const listener of this.listeners) listener(draftId);
  }
}
