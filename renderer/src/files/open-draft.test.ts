import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCommonBase } from '../../../shared/diff/common-base';
import { lineageForSave, parseNormdraft, readNormdraft, serializeNormdraft } from '../../../shared/format/normdraft';
import { draftFingerprint } from '../../../shared/model/fingerprint';
import type { Draft } from '../../../shared/model/draft';
import { paragraphState } from '../../../shared/model/empty';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';
import { addOpenedDraft, type OpenEnv } from './open-draft';

let db: DrafterDb;
let repo: DraftRepository;
let ids = 0;
const env: OpenEnv = { now: () => 5_000, newId: () => `new-${(ids += 1)}`, copyTitle: (title) => `${title} (copy)` };

const examplia = (id = 'd1'): Draft => ({
  id,
  templateId: 'norms-only',
  fields: {
    title: 'National non-paper',
    submitter: 'Republic of Examplia',
    issuingBody: '',
    forum: 'OEWG',
    date: '2026-05-12',
  },
  submitterKind: 'state',
  language: 'en',
  createdAt: 1_000,
  updatedAt: 2_000,
  sections: [
    {
      id: 'norm-g',
      kind: 'norm',
      norm: 'g',
      heading: 'Critical infrastructure',
      status: 'drafting',
      content: paragraphState(['Examplia protects its grid.']),
    },
  ],
});

beforeEach(() => {
  db = new DrafterDb(`open-${Math.random()}`);
  repo = new DraftRepository(db, { now: () => 9_000, newId: () => 'unused' });
});
afterEach(async () => {
  await db.delete();
});

describe('addOpenedDraft', () => {
  it('adds a draft the library does not hold exactly as the file has it', async () => {
    const draft = parseNormdraft(serializeNormdraft(examplia()));
    expect(await addOpenedDraft(repo, draft, env)).toEqual({ id: 'd1', title: 'National non-paper', copied: false });
    expect((await repo.get('d1'))?.draft).toEqual(examplia());
  });

  it('opens the same draft again as a copy with a new id, leaving the one in the library untouched', async () => {
    await repo.add(examplia());
    await repo.saveSection('d1', 'norm-g', { content: paragraphState(['Edited here since.']) });
    const before = await repo.get('d1');
    const opened = await addOpenedDraft(repo, examplia(), env);
    expect(opened).toMatchObject({ title: 'National non-paper (copy)', copied: true });
    expect(opened.id).not.toBe('d1');
    expect(await repo.get('d1')).toEqual(before);
    const copy = await repo.get(opened.id);
    expect(copy?.draft.sections).toEqual(examplia().sections);
    expect(copy?.draft).toMatchObject({ createdAt: 5_000, updatedAt: 5_000 });
    expect((await repo.list()).length).toBe(2);
  });

  it('also makes a copy when the draft with that id is in the trash', async () => {
    await repo.add(examplia());
    await repo.trash('d1');
    expect((await addOpenedDraft(repo, examplia(), env)).copied).toBe(true);
    expect((await repo.get('d1'))?.summary.deletedAt).not.toBeNull();
  });

  it('gives a draft whose id is too long for an address a new one', async () => {
    const opened = await addOpenedDraft(repo, examplia('x'.repeat(120)), env);
    expect(opened.copied).toBe(false);
    expect(opened.id).toMatch(/^new-/);
    expect(await repo.get(opened.id)).toBeDefined();
  });

  it('keeps the file’s lineage, also for a copy, and a file saved from the copy carries it on', async () => {
    const original = examplia();
    const base = draftFingerprint(original);
    await repo.add(original);
    const edited = {
      ...original,
      sections: original.sections.map((s) => ({ ...s, content: paragraphState(['Their wording.']) })),
    };
    const read = readNormdraft(serializeNormdraft(edited, { draftId: 'd1', base }));
    const opened = await addOpenedDraft(repo, read.draft, env, read.lineage);
    expect(opened.copied).toBe(true);
    expect(await repo.lineage(opened.id)).toEqual({ draftId: 'd1', base });
    // A replace of its content (a template change, a version put back) keeps it too.
    await repo.replaceDraft(opened.id, (current) => ({ ...current, fields: { ...current.fields, title: 'Renamed' } }), {
      reason: 'template',
    });
    const copy = (await repo.get(opened.id))!.draft;
    const passedOn = readNormdraft(serializeNormdraft(copy, lineageForSave(copy, await repo.lineage(opened.id))));
    expect(passedOn.lineage).toEqual({ draftId: 'd1', base });
    expect(
      findCommonBase({ draft: original, lineage: null }, { draft: passedOn.draft, lineage: passedOn.lineage }),
    ).toMatchObject({ kind: 'base', fingerprint: base });
  });

  it('gives a file written before lineage was kept the lineage of the draft it holds', async () => {
    const opened = await addOpenedDraft(repo, examplia(), env, null);
    expect(await repo.lineage(opened.id)).toEqual({ draftId: 'd1', base: draftFingerprint(examplia()) });
    expect((await repo.get(opened.id))?.draft).toEqual(examplia());
  });
});
