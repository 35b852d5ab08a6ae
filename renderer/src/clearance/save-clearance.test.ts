import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphState } from '../../../shared/model/empty';
import type { Draft, Section } from '../../../shared/model/draft';
import { removeStep, addStep } from '../../../shared/clearance/path';
import { DrafterDb } from '../storage/db';
import { EditGuard } from '../storage/edit-guard';
import { DraftRepository } from '../storage/repository';
import { VersionStore } from '../versions/store';
import { changePath, clearSectionAt } from './save-clearance';

let clock = Date.UTC(2026, 10, 3, 9);
let ids = 0;
let db: DrafterDb;
let repo: DraftRepository;
let guard: EditGuard;
let versions: VersionStore;
const autosaver = { dirty: false, flush: () => Promise.resolve() };
const stores = () => ({ autosaver, editGuard: guard, versions }) as unknown as Parameters<typeof clearSectionAt>[0];

const section = (norm: 'g' | 'h', text: string): Section => ({
  id: `norm-${norm}`,
  kind: 'norm',
  norm,
  heading: norm,
  status: 'drafting',
  content: paragraphState([text]),
});
const examplia = (): Draft => ({
  id: 'd1',
  templateId: 'norms-only',
  fields: { title: 'Non-paper', submitter: 'Republic of Examplia', issuingBody: '', forum: '', date: '2026-11-03' },
  submitterKind: 'state',
  language: 'en',
  createdAt: clock,
  updatedAt: clock,
  sections: [section('g', 'Examplia protects its critical infrastructure.'), section('h', 'Requests are answered.')],
});
const clearNormG = (by = 'Ama Tarrow') =>
  clearSectionAt(stores(), 'd1', {
    sectionId: 'norm-g',
    stepId: 'legal-review',
    by,
    versionName: `Cleared: Norm 7 — Legal review — ${by}`,
    now: clock,
  });

beforeEach(async () => {
  db = new DrafterDb(`clearance-${Math.random()}`);
  const env = { now: () => (clock += 1000), newId: () => `id${(ids += 1)}` };
  repo = new DraftRepository(db, env);
  guard = new EditGuard(db, repo);
  versions = new VersionStore(db, repo, env, guard);
  autosaver.dirty = false;
  await repo.add(examplia());
  guard.opened((await repo.get('d1'))!);
});
afterEach(async () => {
  await db.delete();
});

describe('clearing a section', () => {
  it('keeps a named version of the text as cleared and stores the clearance tied to it', async () => {
    const { record } = await clearNormG();
    const [named] = (await versions.list('d1')).filter((v) => v.reason === 'manual');
    expect(named?.name).toBe('Cleared: Norm 7 — Legal review — Ama Tarrow');
    expect(record).toMatchObject({
      sectionId: 'norm-g',
      stepId: 'legal-review',
      by: 'Ama Tarrow',
      versionId: named!.id,
    });
    const stored = (await repo.get('d1'))!.draft;
    expect(stored.clearance?.records).toEqual([record]);
    expect(stored.clearance?.steps.map((s) => s.id)).toEqual(['drafting', 'legal-review', 'policy-clearance', 'final']);
    const { draft: kept } = await versions.content('d1', named!.id);
    expect(kept.sections[0]!.content).toEqual(record.content);
  });

  it('changes nothing while text on screen is not saved yet, or without a name', async () => {
    autosaver.dirty = true;
    await expect(clearNormG()).rejects.toMatchObject({ kind: 'unsaved' });
    autosaver.dirty = false;
    await expect(clearNormG('  ')).rejects.toMatchObject({ kind: 'refused', reason: 'no-name' });
    expect((await repo.get('d1'))!.draft.clearance).toBeUndefined();
    expect(await versions.list('d1')).toEqual([]);
  });

  it('is refused when another window changed the draft since this one read it', async () => {
    const there = new EditGuard(db, repo);
    there.opened((await repo.get('d1'))!);
    await there.save('d1', 'norm-g', { content: paragraphState(['Changed elsewhere.']) });
    await expect(clearNormG()).rejects.toMatchObject({ kind: 'conflict' });
    expect((await repo.get('d1'))!.draft.clearance).toBeUndefined();
  });
});

describe('editing the path', () => {
  it('stores a new step, and refuses to remove a step a section was cleared at, saying why', async () => {
    const named = (step: { id: string; name: string }) => step.name || step.id;
    const added = await changePath(stores(), 'd1', (c) => addStep(c, 'Minister’s office', 'office', named));
    expect(added.steps.at(-1)).toEqual({ id: 'office', name: 'Minister’s office' });
    await clearNormG();
    const before = await repo.get('d1');
    await expect(changePath(stores(), 'd1', (c) => removeStep(c, 'legal-review'))).rejects.toMatchObject({
      kind: 'refused',
      reason: 'step-has-records',
    });
    expect((await repo.get('d1'))!.draft).toEqual(before!.draft);
  });
});
