// Versions of drafts: taking them (by name, or automatically before risky changes and while
// editing), listing, thinning the automatic ones, and restoring a whole draft or one section.
// A restore always keeps the current state as a version first, so it can itself be undone.
import { Dexie } from 'dexie';
import type { Draft } from '../../../shared/model/draft';
import { draftSchema } from '../../../shared/model/schema';
import { draftWordCount } from '../../../shared/model/words';
import type { DrafterDb, VersionReason, VersionRow } from '../storage/db';
import { StorageError } from '../storage/errors';
import type { DraftReplacer, DraftRepository } from '../storage/repository';
import { latestVersion, writeVersion } from '../storage/version-rows';
import { rowsToDraft } from '../storage/summary';
import { localDay, versionsToKeep } from './thinning';

export const MAX_VERSION_NAME = 200;

/** A version name made by the app (a list of names, a section's title) cut to fit, with an ellipsis. */
export function shortVersionName(name: string): string {
  return name.length <= MAX_VERSION_NAME ? name : `${name.slice(0, MAX_VERSION_NAME - 1)}…`;
}

export interface VersionEnv {
  now(): number;
  newId(): string;
  /** Local day number of a time, for thinning; the computer's time zone by default. */
  dayOf?(ms: number): number;
}

export interface TakeOptions {
  /** Required for a version the user saves; automatic versions have none. */
  name?: string;
  detail?: string;
  /** Don't keep a draft that has no words at all (automatic versions while editing). */
  skipEmpty?: boolean;
}

function checkName(reason: VersionReason, raw: string | undefined): string {
  const name = (raw ?? '').trim();
  if (reason === 'manual' && !name) throw new StorageError('invalid-title', 'A saved version needs a name');
  if (name.length > MAX_VERSION_NAME)
    throw new StorageError('invalid-title', `A version name is at most ${MAX_VERSION_NAME} characters`);
  return name;
}

export class VersionStore {
  constructor(
    private readonly db: DrafterDb,
    repository: DraftRepository,
    private readonly env: VersionEnv,
    /** Puts versions back: the app's edit guard, so a restore respects other windows' changes. */
    private readonly replacer: DraftReplacer = repository,
  ) {}

  /**
   * Keeps the draft as it is in storage now. An automatic version identical to the latest one is
   * not stored again (returns null); a named version always is.
   */
  async take(draftId: string, reason: VersionReason, options: TakeOptions = {}): Promise<VersionRow | null> {
    const name = checkName(reason, options.name);
    const taken = await this.db.transaction(
      'rw',
      [this.db.drafts, this.db.sections, this.db.versions, this.db.versionData],
      async () => {
        const row = await this.db.drafts.get(draftId);
        if (!row) throw new StorageError('not-found', `No draft ${draftId}`);
        if (options.skipEmpty && row.words === 0) return null;
        const draft = rowsToDraft(row, await this.db.sections.where('draftId').equals(draftId).toArray());
        return this.store(draft, row.words, reason, name, options.detail ?? '');
      },
    );
    if (taken && reason !== 'manual') await this.prune(draftId);
    return taken;
  }

  /**
   * Keeps a draft as this window holds it, which may differ from storage (text a save could not
   * write, e.g. after a conflict with another window).
   */
  async keep(draft: Draft, reason: VersionReason, options: TakeOptions = {}): Promise<VersionRow | null> {
    const name = checkName(reason, options.name);
    const parsed = draftSchema.safeParse(draft);
    if (!parsed.success)
      throw new StorageError('invalid-content', `The draft cannot be kept as a version: ${parsed.error.message}`);
    const taken = await this.db.transaction('rw', [this.db.versions, this.db.versionData], () =>
      this.store(parsed.data, draftWordCount(parsed.data), reason, name, options.detail ?? ''),
    );
    if (taken && reason !== 'manual') await this.prune(draft.id);
    return taken;
  }

  private store(
    draft: Draft,
    words: number,
    reason: VersionReason,
    name: string,
    detail: string,
  ): Promise<VersionRow | null> {
    return writeVersion(this.db, this.env, { draft, words, reason, name, detail });
  }

  /** The draft's versions, newest first. */
  async list(draftId: string): Promise<VersionRow[]> {
    const rows = await this.db.versions
      .where('[draftId+createdAt]')
      .between([draftId, Dexie.minKey], [draftId, Dexie.maxKey])
      .toArray();
    return rows.reverse();
  }

  latest(draftId: string): Promise<VersionRow | undefined> {
    return latestVersion(this.db, draftId);
  }

  /** A version's draft, checked against the draft schema (it may predate the current one). */
  async content(draftId: string, versionId: string): Promise<{ version: VersionRow; draft: Draft }> {
    const version = await this.db.versions.get(versionId);
    const data = version?.draftId === draftId ? await this.db.versionData.get(versionId) : undefined;
    if (!version || !data) throw new StorageError('not-found', `No version ${versionId} of draft ${draftId}`);
    const parsed = draftSchema.safeParse(data.draft);
    if (!parsed.success)
      throw new StorageError('invalid-content', `Version ${versionId} cannot be read: ${parsed.error.message}`);
    return { version, draft: parsed.data };
  }

  /** Deletes the automatic versions the thinning rule no longer keeps. */
  async prune(draftId: string): Promise<number> {
    const all = await this.list(draftId);
    const keep = versionsToKeep(
      all.map((v) => ({ id: v.id, createdAt: v.createdAt, named: v.reason === 'manual' })),
      this.env.now(),
      this.env.dayOf ?? localDay,
    );
    const drop = all.filter((v) => !keep.has(v.id)).map((v) => v.id);
    if (drop.length === 0) return 0;
    await this.db.transaction('rw', this.db.versions, this.db.versionData, async () => {
      await this.db.versions.bulkDelete(drop);
      await this.db.versionData.bulkDelete(drop);
    });
    return drop.length;
  }

  /** Replaces the whole draft by a version of it, after keeping the current state as a version. */
  async restoreDraft(draftId: string, versionId: string): Promise<void> {
    const { version, draft } = await this.content(draftId, versionId);
    await this.replaceDraft({ ...draft, id: draftId }, 'restore', { detail: String(version.createdAt) });
  }

  /**
   * Replaces a stored draft's whole content (from a version or a backup), keeping the current
   * state as a version first. `trashed` moves it into or out of the trash; by default it stays.
   */
  async replaceDraft(
    draft: Draft,
    reason: Exclude<VersionReason, 'manual'>,
    options: { detail?: string; trashed?: boolean } = {},
  ): Promise<void> {
    await this.replacer.replaceDraft(draft.id, () => draft, { reason, ...options });
    await this.prune(draft.id);
  }

  /** Puts one section back as it was in a version (text and status), after keeping the current state. */
  async restoreSection(draftId: string, versionId: string, sectionId: string): Promise<void> {
    const { version, draft } = await this.content(draftId, versionId);
    const section = draft.sections.find((s) => s.id === sectionId);
    if (!section) throw new StorageError('not-found', `Section ${sectionId} is not in version ${versionId}`);
    const putBack = (current: Draft): Draft => {
      if (!current.sections.some((s) => s.id === sectionId))
        throw new StorageError('not-found', `Section ${sectionId} is no longer in draft ${draftId}`);
      return {
        ...current,
        sections: current.sections.map((s) =>
          s.id === sectionId ? { ...s, content: section.content, status: section.status } : s,
        ),
      };
    };
    await this.replacer.replaceDraft(draftId, putBack, { reason: 'restore', detail: String(version.createdAt) });
    await this.prune(draftId);
  }

  /** Removes every version of a draft (when the draft itself is deleted for good). */
  async removeAll(draftId: string): Promise<void> {
    await this.db.transaction('rw', this.db.versions, this.db.versionData, async () => {
      const ids = await this.db.versions
        .where('[draftId+createdAt]')
        .between([draftId, Dexie.minKey], [draftId, Dexie.maxKey])
        .primaryKeys();
      await this.db.versions.bulkDelete(ids);
      await this.db.versionData.bulkDelete(ids);
    });
  }
}
