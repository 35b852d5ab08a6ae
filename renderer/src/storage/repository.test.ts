import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft, Section } from '../../../shared/model/draft';
import {
  fieldNode,
  footnoteNode,
  paragraphNode,
  paragraphState,
  rootState,
  textNode,
} from '../../../shared/model/empty';
import { DrafterDb, SCHEMA } from './db';
import { StorageError } from './errors';
import { DraftRepository } from './repository';

let db: DrafterDb;
let repo: DraftRepository;
let clock = 1_000;
let ids = 0;

function section(id: string, kind: Section['kind'], norm: Section['norm'], texts: string[] = []): Section {
  return { id, kind, norm, heading: id, status: texts.length ? 'drafting' : 'empty', content: paragraphState(texts) };
}

function draft(id: string, title: string, submitter: string, sections: Section[], updatedAt = clock): Draft {
  return {
    id,
    templateId: 'norms-only',
    fields: { title, submitter, issuingBody: '', forum: 'OEWG', date: '2026-05-12' },
    submitterKind: 'state',
    language: 'en',
    createdAt: updatedAt,
    updatedAt,
    sections,
  };
}

const examplia = () =>
  draft('d1', 'National non-paper', 'Republic of Examplia', [
    section('summary', 'summary', null, ['Examplia supports the framework.']),
    section('norm-a', 'norm', 'a'),
    section('norm-g', 'norm', 'g'),
  ]);

beforeEach(() => {
  db = new DrafterDb(`test-${Math.random()}`);
  repo = new DraftRepository(db, { now: () => (clock += 1000), newId: () => `id${(ids += 1)}` });
});
afterEach(async () => {
  await db.delete();
});

describe('DraftRepository', () => {
  it('stores a draft and gives it back whole, sections in order', async () => {
    const original = examplia();
    await repo.add(original);
    const stored = await repo.get('d1');
    expect(stored?.draft).toEqual(original);
    expect(stored?.summary).toMatchObject({ words: 4, normsWritten: 0, normsTotal: 2, deletedAt: null });
  });

  it('saving a section rewrites that section only and updates the draft summary', async () => {
    await repo.add(examplia());
    const before = await db.sections.get(['d1', 'summary']);
    const content = rootState([
      paragraphNode([textNode('Critical infrastructure is protected.'), footnoteNode(['See the 2024 act.'])]),
    ]);
    const summary = await repo.saveSection('d1', 'norm-g', { content });
    expect(summary).toMatchObject({ id: 'norm-g', status: 'drafting', words: 8, footnotes: 1 });
    expect(await db.sections.get(['d1', 'summary'])).toEqual(before);
    const stored = await repo.get('d1');
    expect(stored?.draft.sections.find((s) => s.id === 'norm-g')?.content).toEqual(content);
    expect(stored?.summary).toMatchObject({ words: 12, footnotes: 1, normsWritten: 1 });
    expect(stored?.summary.updatedAt).toBeGreaterThan(stored!.draft.createdAt);
  });

  it('keeps a status the user set to review when more text is saved', async () => {
    await repo.add(examplia());
    await repo.saveSection('d1', 'norm-a', { status: 'review' });
    const summary = await repo.saveSection('d1', 'norm-a', { content: paragraphState(['More text.']) });
    expect(summary.status).toBe('review');
  });

  it('refuses invalid content and an unknown section, changing nothing', async () => {
    await repo.add(examplia());
    const before = await repo.get('d1');
    const hostile = { root: { type: 'root', children: [{ type: 'script', text: 'alert(1)' }] } } as never;
    await expect(repo.saveSection('d1', 'norm-a', { content: hostile })).rejects.toMatchObject({
      code: 'invalid-content',
    });
    await expect(repo.saveSection('d1', 'nope', { content: paragraphState(['x']) })).rejects.toBeInstanceOf(
      StorageError,
    );
    expect(await repo.get('d1')).toEqual(before);
  });

  it('a section checked and counted ahead of the write (while typing) is stored exactly as one saved at once', async () => {
    await repo.add(examplia());
    const content = rootState([
      paragraphNode([textNode('Critical infrastructure is protected.'), footnoteNode(['See the 2024 act.'])]),
    ]);
    let pauses = 0;
    const prepared = await repo.prepareSection('d1', content, async () => void (pauses += 1));
    expect(pauses).toBeGreaterThan(1);
    const summary = await repo.saveSection('d1', 'norm-g', { content }, prepared);
    expect(summary).toMatchObject({ id: 'norm-g', status: 'drafting', words: 8, footnotes: 1 });
    expect(await repo.search('infrastructure')).toEqual(['d1']);
    expect((await repo.get('d1'))?.summary).toMatchObject({ words: 12, footnotes: 1, normsWritten: 1 });
  });

  it('a section prepared before the details changed is counted with the new details when written', async () => {
    await repo.add(examplia());
    const content = rootState([paragraphNode([textNode('Submitted by '), fieldNode('submitter')])]);
    const prepared = await repo.prepareSection('d1', content, async () => undefined);
    await repo.updateDetails('d1', { ...examplia().fields, submitter: 'The Federated States of Examplia' });
    const summary = await repo.saveSection('d1', 'norm-g', { content }, prepared);
    expect(summary.words).toBe(7);
    expect(await repo.search('federated')).toEqual(['d1']);
  });

  it('refuses invalid content while preparing it, as a save does', async () => {
    await repo.add(examplia());
    const hostile = { root: { type: 'root', children: [{ type: 'script', text: 'alert(1)' }] } } as never;
    await expect(repo.prepareSection('d1', hostile, async () => undefined)).rejects.toMatchObject({
      code: 'invalid-content',
    });
  });

  it('lists drafts most recently edited first and leaves out the trash; restore brings one back', async () => {
    await repo.add(examplia());
    await repo.add(
      draft(
        'd2',
        'Stakeholder contribution',
        'Examplia Digital Rights Forum',
        [section('norm-a', 'norm', 'a')],
        clock - 500,
      ),
    );
    expect((await repo.list()).map((r) => r.id)).toEqual(['d1', 'd2']);
    await repo.saveSection('d2', 'norm-a', { content: paragraphState(['Edited later.']) });
    expect((await repo.list()).map((r) => r.id)).toEqual(['d2', 'd1']);
    await repo.trash('d2');
    expect((await repo.list()).map((r) => r.id)).toEqual(['d1']);
    await repo.restore('d2');
    expect((await repo.list()).map((r) => r.id)).toEqual(['d2', 'd1']);
  });

  it('renames with a trimmed title and refuses an empty one', async () => {
    await repo.add(examplia());
    await repo.rename('d1', '  Non-paper, final  ');
    expect((await repo.get('d1'))?.draft.fields.title).toBe('Non-paper, final');
    await expect(repo.rename('d1', '   ')).rejects.toMatchObject({ code: 'invalid-title' });
    expect((await repo.get('d1'))?.draft.fields.title).toBe('Non-paper, final');
  });

  it('changes the details after creation, trimmed, and finds the draft by its new submitter', async () => {
    await repo.add(examplia());
    await repo.updateDetails('d1', {
      title: ' Non-paper of Examplia ',
      submitter: ' Kingdom of Examplia ',
      issuingBody: 'Ministry of Foreign Affairs',
      forum: 'OEWG, fifth session',
      date: '2026-07-01',
    });
    const stored = await repo.get('d1');
    expect(stored?.draft.fields).toMatchObject({
      title: 'Non-paper of Examplia',
      submitter: 'Kingdom of Examplia',
      issuingBody: 'Ministry of Foreign Affairs',
      forum: 'OEWG, fifth session',
      date: '2026-07-01',
    });
    expect(stored?.draft.sections).toEqual(examplia().sections);
    expect(await repo.search('kingdom')).toEqual(['d1']);
  });

  it('refuses invalid details and changes nothing', async () => {
    await repo.add(examplia());
    const before = await repo.get('d1');
    const details = {
      title: 'National non-paper',
      submitter: 'Republic of Examplia',
      issuingBody: '',
      forum: 'OEWG',
      date: '2026-05-12',
    };
    await expect(repo.updateDetails('d1', { ...details, forum: 'x'.repeat(501) })).rejects.toMatchObject({
      code: 'invalid-content',
    });
    await expect(repo.updateDetails('d1', { ...details, date: '2026-02-30' })).rejects.toMatchObject({
      code: 'invalid-content',
    });
    await expect(repo.updateDetails('d1', { ...details, title: '  ' })).rejects.toMatchObject({
      code: 'invalid-title',
    });
    expect(await repo.get('d1')).toEqual(before);
  });

  it('duplicates a draft with all its text under a new title and id', async () => {
    await repo.add(examplia());
    await repo.saveSection('d1', 'norm-g', { content: paragraphState(['Original text.']) });
    const copyId = await repo.duplicate('d1', 'Copy of National non-paper');
    const copy = await repo.get(copyId);
    expect(copy?.draft.fields.title).toBe('Copy of National non-paper');
    expect(copy?.draft.sections.map((s) => s.content)).toEqual(
      (await repo.get('d1'))?.draft.sections.map((s) => s.content),
    );
    await repo.saveSection(copyId, 'norm-g', { content: paragraphState(['Changed in the copy.']) });
    expect((await repo.search('original')).sort()).toEqual(['d1']);
  });

  it('searches titles, submitters and the full text, every word must match', async () => {
    await repo.add(examplia());
    await repo.add(
      draft(
        'd2',
        'Contribution',
        'Examplia Digital Rights Forum',
        [section('norm-c', 'norm', 'c', ['Due diligence à l’égard des incidents.'])],
        clock - 500,
      ),
    );
    await repo.saveSection('d1', 'norm-g', {
      content: rootState([paragraphNode([textNode('Resilience'), footnoteNode(['Energy regulator'])])]),
    });
    expect(await repo.search('examplia')).toEqual(['d1', 'd2']);
    expect(await repo.search('digital')).toEqual(['d2']);
    expect(await repo.search('resil')).toEqual(['d1']);
    expect(await repo.search('regulator')).toEqual(['d1']);
    expect(await repo.search('EGARD diligence')).toEqual(['d2']);
    expect(await repo.search('resilience diligence')).toEqual([]);
    expect(await repo.search('  ')).toEqual(['d1', 'd2']);
    await repo.trash('d1');
    expect(await repo.search('resilience')).toEqual([]);
  });

  it('keeps review records with the draft, refusing an invalid change and one to a draft in the trash', async () => {
    await repo.add(examplia());
    const thread = { id: 't1', author: 'Legal adviser', at: 5, text: 'Cite the act.', replies: [], resolved: null };
    const stored = await repo.updateReview('d1', (review) => ({ ...review, comments: [thread] }));
    expect(stored.comments).toEqual([thread]);
    expect((await repo.get('d1'))?.draft.review?.comments).toEqual([thread]);
    await expect(
      repo.updateReview('d1', (review) => ({ ...review, comments: [{ ...thread, author: 7 as unknown as string }] })),
    ).rejects.toBeInstanceOf(StorageError);
    expect((await repo.get('d1'))?.draft.review?.comments).toEqual([thread]);
    await repo.trash('d1');
    await expect(repo.updateReview('d1', (review) => review)).rejects.toMatchObject({ code: 'in-trash' });
  });

  it("writes nothing, and keeps the draft's date, when a review change leaves the review as it was", async () => {
    await repo.add(examplia());
    await repo.updateReview('d1', (review) => ({ ...review, suggesting: true }));
    const before = await repo.get('d1');
    const stored = await repo.updateReview('d1', (review) => review);
    expect(stored.suggesting).toBe(true);
    const after = await repo.get('d1');
    expect(after?.draft.updatedAt).toBe(before?.draft.updatedAt);
    expect(after?.summary.updatedAt).toBe(before?.summary.updatedAt);
  });

  it('searches among the rows the library already shows, in their order', async () => {
    await repo.add(examplia());
    await repo.add(
      draft(
        'd2',
        'Contribution',
        'Examplia Digital Rights Forum',
        [section('norm-c', 'norm', 'c', ['Due diligence.'])],
        clock - 500,
      ),
    );
    const rows = await repo.list();
    expect(await repo.search('examplia', rows)).toEqual(await repo.search('examplia'));
    expect(await repo.search('examplia', [...rows].reverse())).toEqual(['d2', 'd1']);
    expect(
      await repo.search(
        'diligence',
        rows.filter((row) => row.id === 'd1'),
      ),
    ).toEqual([]);
  });

  it('remembers export options per draft without changing the draft or its last-edited time', async () => {
    await repo.add(examplia());
    await repo.add(draft('d2', 'Other', 'Examplia Digital Rights Forum', [section('norm-a', 'norm', 'a')]));
    const before = await repo.get('d1');
    expect(await repo.getExportOptions('d1')).toBeUndefined();
    await repo.setExportOptions('d1', { headerLine: 'Non-paper', includeEmptyNorms: false });
    expect(await repo.getExportOptions('d1')).toEqual({ headerLine: 'Non-paper', includeEmptyNorms: false });
    expect(await repo.getExportOptions('d2')).toBeUndefined();
    const after = await repo.get('d1');
    expect(after?.draft).toEqual(before?.draft);
    expect(after?.summary.updatedAt).toBe(before?.summary.updatedAt);
    await repo.saveSection('d1', 'norm-a', { content: paragraphState(['Typed after.']) });
    expect(await repo.getExportOptions('d1')).toEqual({ headerLine: 'Non-paper', includeEmptyNorms: false });
    await expect(repo.setExportOptions('nope', {})).rejects.toMatchObject({ code: 'not-found' });
  });

  it('opens the database with strict durability and the latest schema version', async () => {
    await db.open();
    expect(db.verno).toBe(Math.max(...Object.keys(SCHEMA).map(Number)));
    expect(db._options.chromeTransactionDurability).toBe('strict');
  });
});
