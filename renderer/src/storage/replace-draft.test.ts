import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import national from '../../../templates/national-non-paper.template.json';
import normsOnly from '../../../templates/norms-only.template.json';
import type { Draft } from '../../../shared/model/draft';
import { footnoteNode, paragraphNode, paragraphState, rootState, textNode } from '../../../shared/model/empty';
import { sectionPlainText } from '../../../shared/model/text';
import { changeTemplate, createDraft, parseTemplate } from '../../../shared/templates';
import { VersionStore } from '../versions/store';
import { DrafterDb } from './db';
import { EditGuard } from './edit-guard';
import { StorageError } from './errors';
import { DraftRepository } from './repository';

let db: DrafterDb;
let repo: DraftRepository;
let clock = 1_000_000;
let ids = 0;
const newId = () => `id${(ids += 1)}`;

/** A norms-only draft with text and a footnote in Norm 3 (13c). */
function examplia(): Draft {
  const draft = createDraft(
    parseTemplate(normsOnly),
    { submitter: 'Republic of Examplia', forum: 'OEWG', language: 'en', date: '2026-05-12' },
    { now: clock, newId },
  );
  const sections = draft.sections.map((s) =>
    s.norm === 'c'
      ? {
          ...s,
          status: 'review' as const,
          content: rootState([
            paragraphNode([textNode('Territory is not used for wrongful acts.'), footnoteNode(['Act 12/2024.'])]),
          ]),
        }
      : s,
  );
  return { ...draft, sections };
}

const toNational = (current: Draft) => changeTemplate(current, parseTemplate(national), { now: clock, newId }).draft;

beforeEach(() => {
  db = new DrafterDb(`test-${Math.random()}`);
  repo = new DraftRepository(db, { now: () => (clock += 1000), newId });
});
afterEach(async () => {
  await db.delete();
});

describe('DraftRepository.replaceDraft', () => {
  it('replaces the section rows and the summary: a norms-only draft becomes a non-paper', async () => {
    const original = examplia();
    await repo.add(original);
    await repo.setExportOptions(original.id, { paper: 'a4' });
    const written = await repo.replaceDraft(original.id, toNational, { reason: 'template' });

    const stored = await repo.get(original.id);
    expect(stored?.draft).toEqual(written);
    expect(stored?.draft.templateId).toBe('national-non-paper');
    expect(stored?.draft.sections.map((s) => s.kind)).toEqual([
      'title',
      'summary',
      'approach',
      'general',
      ...Array(11).fill('norm'),
      'closing',
    ]);
    const c = stored!.draft.sections.find((s) => s.norm === 'c')!;
    expect(sectionPlainText(c.content)).toBe('Territory is not used for wrongful acts.\nAct 12/2024.');
    expect(c.status).toBe('review');
    // Exactly the new sections are stored: none of the old rows is left behind.
    expect(await db.sections.where('draftId').equals(original.id).count()).toBe(16);
    expect(stored?.summary.outline.map((s) => s.id)).toEqual(written.sections.map((s) => s.id));
    expect(stored?.summary).toMatchObject({
      footnotes: 1,
      normsWritten: 1,
      normsTotal: 11,
      deletedAt: null,
      createdAt: original.createdAt,
    });
    expect(stored!.summary.words).toBeGreaterThan(6);
    expect(stored!.summary.updatedAt).toBeGreaterThan(original.updatedAt);
    expect(await repo.getExportOptions(original.id)).toEqual({ paper: 'a4' });
    expect(await repo.search('wrongful')).toEqual([original.id]);
  });

  it('changes nothing when a write inside the transaction fails', async () => {
    const original = examplia();
    await repo.add(original);
    const before = await repo.get(original.id);
    const put = vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(new Error('disk'));
    await expect(repo.replaceDraft(original.id, toNational, { reason: 'template' })).rejects.toThrow('disk');
    put.mockRestore();
    expect(await repo.get(original.id)).toEqual(before);
  });

  it('changes nothing when the new draft is invalid or is another draft, and says why', async () => {
    const original = examplia();
    await repo.add(original);
    const before = await repo.get(original.id);
    const badStatus = (d: Draft) => ({ ...d, sections: d.sections.map((s) => ({ ...s, status: 'done' as never })) });
    await expect(repo.replaceDraft(original.id, badStatus, { reason: 'template' })).rejects.toMatchObject({
      code: 'invalid-content',
    });
    await expect(
      repo.replaceDraft(original.id, (d) => ({ ...d, id: 'other' }), { reason: 'template' }),
    ).rejects.toThrow('must keep its id');
    expect(await repo.get(original.id)).toEqual(before);
  });

  it('refuses a draft in the trash and a missing draft', async () => {
    await repo.add(examplia());
    const id = (await repo.list())[0]!.id;
    await repo.trash(id);
    await expect(repo.replaceDraft(id, toNational, { reason: 'template' })).rejects.toEqual(
      expect.objectContaining({ code: 'in-trash' }),
    );
    await expect(repo.replaceDraft('nope', toNational, { reason: 'template' })).rejects.toBeInstanceOf(StorageError);
  });
});

describe('one replace for a draft’s content', () => {
  const versionsOf = (id: string) => new VersionStore(db, repo, { now: () => (clock += 1000), newId }).list(id);

  it('keeps the draft as it was as a version, and that version gives the text back', async () => {
    const original = examplia();
    await repo.add(original);
    await repo.replaceDraft(original.id, toNational, { reason: 'template' });
    const store = new VersionStore(db, repo, { now: () => (clock += 1000), newId });
    const [kept] = await store.list(original.id);
    expect(kept).toMatchObject({ reason: 'template', title: original.fields.title });
    await store.restoreDraft(original.id, kept!.id);
    const back = (await repo.get(original.id))!.draft;
    expect(back.templateId).toBe('norms-only');
    expect(sectionPlainText(back.sections.find((s) => s.norm === 'c')!.content)).toBe(
      'Territory is not used for wrongful acts.\nAct 12/2024.',
    );
  });

  it('refuses invalid content from a backup or a version, changing nothing and keeping no version', async () => {
    const original = examplia();
    await repo.add(original);
    const before = await repo.get(original.id);
    const store = new VersionStore(db, repo, { now: () => (clock += 1000), newId });
    const broken = { ...original, sections: original.sections.map((s) => ({ ...s, status: 'done' as never })) };
    await expect(store.replaceDraft(broken, 'backup')).rejects.toMatchObject({
      code: 'invalid-content',
      message: expect.stringContaining('The draft is not valid'),
    });
    expect(await repo.get(original.id)).toEqual(before);
    expect(await versionsOf(original.id)).toEqual([]);
  });

  it('is refused while another window has changed the draft, as a save would be, and goes through after a reload', async () => {
    const original = examplia();
    await repo.add(original);
    const here = new EditGuard(db, repo);
    const there = new EditGuard(db, repo);
    here.opened((await repo.get(original.id))!);
    there.opened((await repo.get(original.id))!);
    const norm = original.sections.find((s) => s.norm === 'c')!;
    await there.save(original.id, norm.id, { content: paragraphState(['Changed in the other window.']) });
    const before = await repo.get(original.id);

    await expect(here.replaceDraft(original.id, toNational, { reason: 'template' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await repo.get(original.id)).toEqual(before);
    expect(here.state(original.id).stale).toEqual([norm.id]);

    here.opened((await repo.get(original.id))!);
    const written = await here.replaceDraft(original.id, toNational, { reason: 'template' });
    expect(sectionPlainText(written.sections.find((s) => s.norm === 'c')!.content)).toBe(
      'Changed in the other window.',
    );
    // The replace is this window's own base: its next save is not taken for a conflict.
    await expect(
      here.save(original.id, norm.id, { content: paragraphState(['Written here after.']) }),
    ).resolves.toMatchObject({ words: 3 });
    // The other window is told on its next save, as with any change made elsewhere.
    await expect(there.save(original.id, norm.id, { content: paragraphState(['Late edit.']) })).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
