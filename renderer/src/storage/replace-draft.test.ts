import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import national from '../../../templates/national-non-paper.template.json';
import normsOnly from '../../../templates/norms-only.template.json';
import type { Draft } from '../../../shared/model/draft';
import { footnoteNode, paragraphNode, rootState, textNode } from '../../../shared/model/empty';
import { sectionPlainText } from '../../../shared/model/text';
import { changeTemplate, createDraft, parseTemplate } from '../../../shared/templates';
import { DrafterDb } from './db';
import { StorageError } from './errors';
import { DraftRepository } from './repository';

let db: DrafterDb;
let repo: DraftRepository;
let clock = 1_000_000;
let ids = 0;
const newId = () => `id${(ids += 1)}`;

/** A norms-only draft with text and a footnote in Norm 3 (13c). */
function examplia(): Draft {
  const draft = createDraft(parseTemplate(normsOnly), { submitter: 'Republic of Examplia', forum: 'OEWG', language: 'en', date: '2026-05-12' }, { now: clock, newId });
  const sections = draft.sections.map((s) =>
    s.norm === 'c' ? { ...s, status: 'review' as const, content: rootState([paragraphNode([textNode('Territory is not used for wrongful acts.'), footnoteNode(['Act 12/2024.'])])]) } : s,
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
    const written = await repo.replaceDraft(original.id, toNational);

    const stored = await repo.get(original.id);
    expect(stored?.draft).toEqual(written);
    expect(stored?.draft.templateId).toBe('national-non-paper');
    expect(stored?.draft.sections.map((s) => s.kind)).toEqual(['title', 'summary', 'approach', 'general', ...Array(11).fill('norm'), 'closing']);
    const c = stored!.draft.sections.find((s) => s.norm === 'c')!;
    expect(sectionPlainText(c.content)).toBe('Territory is not used for wrongful acts.\nAct 12/2024.');
    expect(c.status).toBe('review');
    // Exactly the new sections are stored: none of the old rows is left behind.
    expect(await db.sections.where('draftId').equals(original.id).count()).toBe(16);
    expect(stored?.summary.outline.map((s) => s.id)).toEqual(written.sections.map((s) => s.id));
    expect(stored?.summary).toMatchObject({ footnotes: 1, normsWritten: 1, normsTotal: 11, deletedAt: null, createdAt: original.createdAt });
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
    await expect(repo.replaceDraft(original.id, toNational)).rejects.toThrow('disk');
    put.mockRestore();
    expect(await repo.get(original.id)).toEqual(before);
  });

  it('changes nothing when the new draft is invalid or is another draft, and says why', async () => {
    const original = examplia();
    await repo.add(original);
    const before = await repo.get(original.id);
    const badStatus = (d: Draft) => ({ ...d, sections: d.sections.map((s) => ({ ...s, status: 'done' as never })) });
    await expect(repo.replaceDraft(original.id, badStatus)).rejects.toMatchObject({ code: 'invalid-content' });
    await expect(repo.replaceDraft(original.id, (d) => ({ ...d, id: 'other' }))).rejects.toThrow('must keep its id');
    expect(await repo.get(original.id)).toEqual(before);
  });

  it('refuses a draft in the trash and a missing draft', async () => {
    await repo.add(examplia());
    const id = (await repo.list())[0]!.id;
    await repo.trash(id);
    await expect(repo.replaceDraft(id, toNational)).rejects.toEqual(expect.objectContaining({ code: 'in-trash' }));
    await expect(repo.replaceDraft('nope', toNational)).rejects.toBeInstanceOf(StorageError);
  });
});
