// Bringing back a reviewed Word file against real storage, with a stand-in for the reader: the
// typed text is saved first, the draft is replaced after a version named for the file, and a
// refused file, one that brings nothing or unsaved text change nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../../shared/model/draft';
import { ReviewFileError, type ReviewBackReport } from '../../../../shared/review/bring-back';
import { sectionPlainText } from '../../../../shared/model/text';
import { sampleDraft, sampleNormSection } from '../../../../test/fixtures/sample-draft';
import { DrafterDb } from '../../storage/db';
import { EditGuard } from '../../storage/edit-guard';
import { StorageError } from '../../storage/errors';
import { DraftRepository } from '../../storage/repository';
import { VersionStore } from '../../versions/store';
import { bringBackReviewed, TextNotSavedError, type BringBackDeps, type ReviewReader } from './bring-back-reviewed';

let clock = 1_000;
let db: DrafterDb;
let deps: BringBackDeps;
let autosaver: { dirty: boolean; flush: () => Promise<void> };

const DRAFT_ID = 'examplia-review';
const file = { name: 'Non-paper (for review) – legal.docx', data: new Uint8Array([80, 75, 3, 4]) };
const texts = { before: (name: string) => `Before bringing back the review in ${name}` };
const env = () => ({ newId: () => `n${(clock += 1)}`, now: clock });

const stored = (): Draft =>
  sampleDraft({ id: DRAFT_ID, sections: [sampleNormSection('Examplia protects its energy grid.', 'g')] });

const report = (comments: number): ReviewBackReport => ({
  sections: comments ? [{ id: 'norm-g', norm: 7, suggestions: 0, comments, authors: ['Legal Adviser Tarrow'] }] : [],
  suggestions: 0,
  comments,
  unmatched: 0,
});

/** A reader that adds one comment thread by the legal adviser, the text as it was. */
const oneComment: ReviewReader = async (draft) => ({
  draft: {
    ...draft,
    review: {
      suggestions: [],
      comments: [
        {
          id: 'c1',
          author: 'Legal Adviser Tarrow',
          at: 5,
          text: 'Name the grid operator.',
          replies: [],
          resolved: null,
        },
      ],
    },
  },
  report: report(1),
});

const storedDraft = async () => (await deps.repository.get(DRAFT_ID))!.draft;
const versionCount = async () => (await deps.versions.list(DRAFT_ID)).length;

beforeEach(async () => {
  db = new DrafterDb(`bring-back-${Math.random()}`);
  const repository = new DraftRepository(db, { now: () => (clock += 1000), newId: () => `id${clock}` });
  const editGuard = new EditGuard(db, repository);
  const versions = new VersionStore(db, repository, { now: () => clock, newId: () => `v${(clock += 1)}` }, editGuard);
  autosaver = { dirty: false, flush: vi.fn(async () => undefined) };
  deps = { autosaver: autosaver as unknown as BringBackDeps['autosaver'], editGuard, repository, versions };
  await repository.add(stored());
  editGuard.opened((await repository.get(DRAFT_ID))!);
});
afterEach(async () => {
  await db.delete();
});

describe('bringing back a reviewed Word file', () => {
  it('saves typed text first, keeps a version named for the file, then stores the comments', async () => {
    const read = vi.fn(oneComment);
    const result = await bringBackReviewed(deps, DRAFT_ID, file, texts, env(), read);
    expect(autosaver.flush).toHaveBeenCalledBefore(read);
    expect(read.mock.calls[0]![1]).toBe(file.data);
    expect(result.report.comments).toBe(1);
    expect((await storedDraft()).review?.comments.map((c) => c.author)).toEqual(['Legal Adviser Tarrow']);
    expect(result.draft?.review?.comments).toHaveLength(1);
    const versions = await deps.versions.list(DRAFT_ID);
    expect(versions.filter((v) => v.reason === 'manual').map((v) => v.name)).toEqual([
      'Before bringing back the review in Non-paper (for review) – legal.docx',
    ]);
    const { draft: kept } = await deps.versions.content(DRAFT_ID, versions.find((v) => v.reason === 'manual')!.id);
    expect(kept.review?.comments ?? []).toEqual([]);
    expect(sectionPlainText(kept.sections[0]!.content)).toBe('Examplia protects its energy grid.');
  });

  it.each([['too-large'], ['damaged'], ['not-this-draft']] as const)(
    'changes nothing when the reader refuses the file (%s)',
    async (code) => {
      const before = await storedDraft();
      const versions = await versionCount();
      const refuse: ReviewReader = async () => {
        throw new ReviewFileError(code);
      };
      await expect(bringBackReviewed(deps, DRAFT_ID, file, texts, env(), refuse)).rejects.toMatchObject({ code });
      expect(await storedDraft()).toEqual(before);
      expect(await versionCount()).toBe(versions);
    },
  );

  it('takes no version and changes nothing when the file brings nothing', async () => {
    const before = await storedDraft();
    const nothing: ReviewReader = async (draft) => ({ draft, report: { ...report(0), unmatched: 2 } });
    const result = await bringBackReviewed(deps, DRAFT_ID, file, texts, env(), nothing);
    expect(result).toEqual({ draft: null, report: { ...report(0), unmatched: 2 } });
    expect(await storedDraft()).toEqual(before);
    expect(await versionCount()).toBe(0);
  });

  it('reads nothing while typed text is still unsaved', async () => {
    autosaver.dirty = true;
    const read = vi.fn(oneComment);
    await expect(bringBackReviewed(deps, DRAFT_ID, file, texts, env(), read)).rejects.toBeInstanceOf(TextNotSavedError);
    expect(read).not.toHaveBeenCalled();
    expect((await storedDraft()).review).toBeUndefined();
  });

  it('refuses to replace a draft written while the file was read', async () => {
    const slow: ReviewReader = async (draft, bytes, readEnv) => {
      await deps.repository.updateReview(DRAFT_ID, (review) => ({ ...review, suggesting: true }));
      return oneComment(draft, bytes, readEnv);
    };
    await expect(bringBackReviewed(deps, DRAFT_ID, file, texts, env(), slow)).rejects.toBeInstanceOf(StorageError);
    expect((await storedDraft()).review?.comments ?? []).toEqual([]);
  });
});
