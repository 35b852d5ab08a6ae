// All reads and writes of drafts go through here. Writes touch the fewest rows possible: saving
// a section rewrites that section's row and the draft's small summary row, nothing else.
import type { Lineage } from '../../../shared/format/normdraft';
import type { Draft, DraftFields, SectionStatus } from '../../../shared/model/draft';
import { trimmedFields, withFields } from '../../../shared/model/draft-fields';
import { SECTION_STATUSES } from '../../../shared/model/draft';
import { contactsSchema, type Contact } from '../../../shared/model/contacts';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import type { SectionField } from '../../../shared/model/section-fields';
import { sectionFieldsSchema } from '../../../shared/model/section-fields-schema';
import { draftSchema } from '../../../shared/model/schema';
import { emptyReview, type Review } from '../../../shared/review/model';
import { reviewSchema } from '../../../shared/review/schema';
import { suggestedStatus } from '../../../shared/model/status';
import { fieldTexts } from '../../../shared/model/field-texts';
import type { DrafterDb, DraftRow, SectionRow, SectionSummary, VersionReason } from './db';
import { StorageError } from './errors';
import { queryTerms } from './search-terms';
import { checkContent, prepareContent, detailsKey, sectionFigures, type PreparedContent } from './section-figures';
import { draftToRows, rowsToDraft, searchLabel, toSummary, totals } from './summary';
import { writeVersion } from './version-rows';

export const MAX_TITLE_LENGTH = 300;

export interface RepositoryEnv {
  now(): number;
  newId(): string;
}

/** What can change in a section as the user works: its text, its status, or both. */
export interface SectionPatch {
  content?: SerializedEditorState;
  status?: SectionStatus;
  /** The section's structured fields as they now are (whole: they are small). */
  fields?: SectionField[];
}

/** The draft's details, as the Details dialog edits them after creation. */
export type DraftDetails = DraftFields;

/** How a replace of a draft's whole content is recorded. */
export interface ReplaceOptions {
  /** Why the state being replaced is kept as a version. */
  reason: Exclude<VersionReason, 'manual'>;
  /** What the reason refers to (the time of the version put back). */
  detail?: string;
  /** Moves the draft into (true) or out of (false) the trash. */
  trashed?: boolean;
}

/** Whatever replaces a draft's content: the repository, or a window's edit guard in front of it. */
export type DraftReplacer = Pick<DraftRepository, 'replaceDraft'>;

export interface StoredDraft {
  draft: Draft;
  summary: DraftRow;
}

export class DraftRepository {
  constructor(
    private readonly db: DrafterDb,
    private readonly env: RepositoryEnv,
  ) {}

  /**
   * Stores a complete new draft (from a template, a duplicate, an import or a file); a draft from
   * a .normdraft file keeps the file's lineage, which a file saved from it later carries on.
   */
  async add(draft: Draft, lineage?: Lineage): Promise<void> {
    const { row, sections } = draftToRows(draft);
    if (lineage) row.lineage = lineage;
    await this.db.transaction('rw', this.db.drafts, this.db.sections, async () => {
      if (await this.db.drafts.get(draft.id))
        throw new StorageError('invalid-content', `A draft with id ${draft.id} already exists`);
      await this.db.drafts.add(row);
      await this.db.sections.bulkAdd(sections);
    });
  }

  /** The lineage a draft opened from a file came with (none for drafts created here). */
  async lineage(id: string): Promise<Lineage | undefined> {
    return (await this.db.drafts.get(id))?.lineage;
  }

  /** Drafts in the library (not in the trash), most recently edited first. */
  async list(): Promise<DraftRow[]> {
    const rows = await this.db.drafts.orderBy('updatedAt').reverse().toArray();
    return rows.filter((row) => row.deletedAt === null);
  }

  async get(id: string): Promise<StoredDraft | undefined> {
    return this.db.transaction('r', this.db.drafts, this.db.sections, async () => {
      const summary = await this.db.drafts.get(id);
      if (!summary) return undefined;
      const sections = await this.db.sections.where('draftId').equals(id).toArray();
      return { draft: rowsToDraft(summary, sections), summary };
    });
  }

  async rename(id: string, title: string): Promise<void> {
    const clean = title.trim();
    if (!clean) throw new StorageError('invalid-title', 'The title cannot be empty');
    if (clean.length > MAX_TITLE_LENGTH)
      throw new StorageError('invalid-title', `The title is longer than ${MAX_TITLE_LENGTH} characters`);
    await this.db.transaction('rw', this.db.drafts, async () => {
      const row = await this.requireDraft(id);
      const fields = { ...row.fields, title: clean };
      await this.db.drafts.put({ ...row, fields, searchLabel: searchLabel(fields), updatedAt: this.env.now() });
    });
  }

  /**
   * Changes the draft's details (title, submitter, issuing body, forum, date, government), trimmed
   * and checked with the same schema as a stored draft; nothing is written if any is invalid.
   */
  async updateDetails(id: string, details: DraftDetails): Promise<void> {
    const clean = trimmedFields(details);
    if (!clean.title || clean.title.length > MAX_TITLE_LENGTH)
      throw new StorageError('invalid-title', 'The title is empty or too long');
    await this.db.transaction('rw', this.db.drafts, async () => {
      const row = await this.requireDraft(id);
      if (row.deletedAt !== null) throw new StorageError('in-trash', `Draft ${id} is in the trash`);
      const next = { ...rowsToDraft(row, []), fields: clean, updatedAt: this.env.now() };
      const parsed = draftSchema.safeParse(next);
      if (!parsed.success)
        throw new StorageError('invalid-content', `The details are not valid: ${parsed.error.message}`);
      await this.db.drafts.put({ ...row, fields: clean, searchLabel: searchLabel(clean), updatedAt: next.updatedAt });
    });
  }

  /**
   * Changes the draft's review records (comment threads, who suggested what) in one small write
   * of the summary row; the words they mark are saved with the section's text. No version is
   * kept: a reply or a new thread is not worth one, and the text it marks is versioned anyway.
   * Nothing is written when the result is not a valid review, or when the change returns the
   * review it was given (the draft's date stays). Returns the review as stored.
   */
  async updateReview(id: string, change: (review: Review) => Review): Promise<Review> {
    return this.db.transaction('rw', this.db.drafts, async () => {
      const row = await this.requireDraft(id);
      if (row.deletedAt !== null) throw new StorageError('in-trash', `Draft ${id} is in the trash`);
      const current = row.review ?? emptyReview();
      const changed = change(current);
      if (changed === current) return current;
      const parsed = reviewSchema.safeParse(changed);
      if (!parsed.success)
        throw new StorageError('invalid-content', `The review is not valid: ${parsed.error.message}`);
      await this.db.drafts.put({ ...row, review: parsed.data, updatedAt: this.env.now() });
      return parsed.data;
    });
  }

  /**
   * Replaces the draft's points of contact in one small write of the summary row; nothing is
   * written when they are not valid. Returns them as stored.
   */
  async updateContacts(id: string, contacts: Contact[]): Promise<Contact[]> {
    const parsed = contactsSchema.safeParse(contacts);
    if (!parsed.success)
      throw new StorageError('invalid-content', `The contacts are not valid: ${parsed.error.message}`);
    return this.db.transaction('rw', this.db.drafts, async () => {
      const row = await this.requireDraft(id);
      if (row.deletedAt !== null) throw new StorageError('in-trash', `Draft ${id} is in the trash`);
      await this.db.drafts.put({ ...row, contacts: parsed.data, updatedAt: this.env.now() });
      return parsed.data;
    });
  }

  /** Copies a draft under a new title; returns the copy's id. */
  async duplicate(id: string, title: string): Promise<string> {
    const stored = await this.get(id);
    if (!stored) throw new StorageError('not-found', `No draft ${id}`);
    const now = this.env.now();
    const copy: Draft = {
      ...withFields(stored.draft, { title: title.trim() || stored.draft.fields.title }),
      id: this.env.newId(),
      createdAt: now,
      updatedAt: now,
    };
    await this.add(copy);
    return copy.id;
  }

  /** The Export dialog's remembered choices for a draft, as stored (the caller reads them leniently). */
  async getExportOptions(id: string): Promise<unknown> {
    return (await this.requireDraft(id)).exportOptions;
  }

  /** Remembers export choices; not an edit of the draft, so its last-edited time stays. */
  async setExportOptions(id: string, options: object): Promise<void> {
    await this.db.transaction('rw', this.db.drafts, async () => {
      const row = await this.requireDraft(id);
      await this.db.drafts.put({ ...row, exportOptions: structuredClone(options) });
    });
  }

  /** Moves a draft to the trash; `restore` undoes it. */
  async trash(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.drafts, async () => {
      const row = await this.requireDraft(id);
      await this.db.drafts.put({ ...row, deletedAt: this.env.now() });
    });
  }

  async restore(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.drafts, async () => {
      const row = await this.requireDraft(id);
      await this.db.drafts.put({ ...row, deletedAt: null });
    });
  }

  /**
   * The one way a stored draft's whole content is replaced (a template change, new details, a
   * version or a backup put back), in one transaction: `change` gets the draft as stored and
   * returns the new one, with the same id; the result is checked against the draft schema (an
   * invalid one changes nothing), the stored state is kept as a version (`options.reason`), then
   * the section rows are replaced and the summary recomputed. Creation time and export choices
   * stay; the trash state stays unless `options.trashed` says otherwise (a draft in the trash is
   * refused without it). Windows with the draft open go through EditGuard.replaceDraft.
   */
  async replaceDraft(id: string, change: (current: Draft) => Draft, options: ReplaceOptions): Promise<Draft> {
    const { db } = this;
    return db.transaction('rw', [db.drafts, db.sections, db.versions, db.versionData], async () => {
      const row = await this.requireDraft(id);
      if (row.deletedAt !== null && options.trashed === undefined)
        throw new StorageError('in-trash', `Draft ${id} is in the trash`);
      const current = rowsToDraft(row, await db.sections.where('draftId').equals(id).toArray());
      const now = this.env.now();
      const parsed = draftSchema.safeParse({ ...change(current), createdAt: row.createdAt, updatedAt: now });
      if (!parsed.success) throw new StorageError('invalid-content', `The draft is not valid: ${parsed.error.message}`);
      if (parsed.data.id !== id)
        throw new StorageError('invalid-content', `A replacement of draft ${id} must keep its id`);
      await writeVersion(db, this.env, {
        draft: current,
        words: row.words,
        reason: options.reason,
        name: '',
        detail: options.detail ?? '',
      });
      const deletedAt = options.trashed === undefined ? row.deletedAt : options.trashed ? (row.deletedAt ?? now) : null;
      const { row: next, sections } = draftToRows(parsed.data, deletedAt);
      if (row.exportOptions !== undefined) next.exportOptions = row.exportOptions;
      if (row.lineage !== undefined) next.lineage = row.lineage;
      await db.sections.where('draftId').equals(id).delete();
      await db.sections.bulkAdd(sections);
      await db.drafts.put(next);
      return parsed.data;
    });
  }

  /**
   * Checks a section's new content and derives its figures ahead of `saveSection`, in steps with
   * `pause` between them (a save while typing then never holds the page for the whole of it).
   * Refuses invalid content as `saveSection` does.
   */
  async prepareSection(
    draftId: string,
    content: SerializedEditorState,
    pause: () => Promise<void>,
  ): Promise<PreparedContent> {
    const draft = await this.requireDraft(draftId);
    await pause();
    return prepareContent(content, draft, pause);
  }

  /**
   * Saves one section's content and/or status and returns its new summary. With new content the
   * status moves from empty to drafting when text appears (never downgrades review or final).
   * `prepared` (from prepareSection for this content) is used when the draft's details have not
   * changed since; otherwise the content is checked and counted here.
   */
  async saveSection(
    draftId: string,
    sectionId: string,
    patch: SectionPatch,
    prepared?: PreparedContent,
  ): Promise<SectionSummary> {
    const { content, status, fields } = patch;
    if (status !== undefined && !SECTION_STATUSES.includes(status))
      throw new StorageError('invalid-content', `Unknown status ${String(status)}`);
    if (fields !== undefined && !sectionFieldsSchema.safeParse(fields).success)
      throw new StorageError('invalid-content', 'Invalid structured fields');
    const usable = content !== undefined && prepared?.content === content ? prepared : undefined;
    if (content !== undefined && !usable) checkContent(content);
    return this.db.transaction('rw', this.db.drafts, this.db.sections, async () => {
      const section = await this.requireSection(draftId, sectionId);
      let derived: Pick<SectionRow, 'content' | 'words' | 'footnotes' | 'terms'> | null = null;
      if (content !== undefined) {
        // Fields in the text count and are found by the values the draft gives them.
        const draft = await this.requireDraft(draftId);
        const figures =
          usable && usable.details === detailsKey(draft) ? usable.figures : sectionFigures(content, fieldTexts(draft));
        derived = { content, ...figures };
      }
      const next: SectionRow = { ...section, ...derived, status: status ?? section.status };
      if (fields !== undefined) next.fields = fields;
      if (derived) next.status = suggestedStatus(next);
      await this.db.sections.put(next);
      return this.updateOutline(draftId, toSummary(next));
    });
  }

  /**
   * Ids of library drafts matching every word of the query, most recently edited first. A word
   * matches the title or submitter anywhere, and section text as the start of a word. `library`
   * is the list as the caller already holds it (from list()), in its order.
   */
  async search(query: string, library?: readonly DraftRow[]): Promise<string[]> {
    // Reading all 1,000 rows again took most of a search: the library passes the rows it shows.
    const rows = library ?? (await this.list());
    const terms = queryTerms(query);
    if (terms.length === 0) return rows.map((row) => row.id);
    const inText = await Promise.all(terms.map((term) => this.draftsWithTerm(term)));
    return rows
      .filter((row) => terms.every((term, i) => row.searchLabel.includes(term) || inText[i]!.has(row.id)))
      .map((row) => row.id);
  }

  private async draftsWithTerm(term: string): Promise<Set<string>> {
    const keys = await this.db.sections.where('terms').startsWith(term).primaryKeys();
    return new Set(keys.map(([draftId]) => draftId));
  }

  private async updateOutline(draftId: string, summary: SectionSummary): Promise<SectionSummary> {
    const row = await this.requireDraft(draftId);
    const outline = row.outline.map((s) => (s.id === summary.id ? summary : s));
    await this.db.drafts.put({ ...row, outline, ...totals(outline), updatedAt: this.env.now() });
    return summary;
  }

  private async requireDraft(id: string): Promise<DraftRow> {
    const row = await this.db.drafts.get(id);
    if (!row) throw new StorageError('not-found', `No draft ${id}`);
    return row;
  }

  private async requireSection(draftId: string, sectionId: string): Promise<SectionRow> {
    const row = await this.db.sections.get([draftId, sectionId]);
    if (!row) throw new StorageError('not-found', `No section ${sectionId} in draft ${draftId}`);
    return row;
  }
}
