import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/model/draft';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';
import { VersionStore } from '../versions/store';
import { sampleDraft, sampleNormSection } from '../../../test/fixtures/sample-draft';
import { daysInTrash, TrashStore } from './trash-store';

const DAY = 86_400_000;
let clock = Date.UTC(2026, 4, 12, 9);
let ids = 0;
let db: DrafterDb;
let repo: DraftRepository;
let versions: VersionStore;
let trash: TrashStore;
const env = { now: () => clock, newId: () => `id${(ids += 1)}` };

const draft = (id: string, title: string): Draft =>
  sampleDraft({ id, title, createdAt: clock, updatedAt: clock, sections: [sampleNormSection('Text of ' + title)] });

beforeEach(async () => {
  db = new DrafterDb(`trash-${Math.random()}`);
  repo = new DraftRepository(db, env);
  versions = new VersionStore(db, repo, env);
  trash = new TrashStore(db, versions, env);
  for (const [id, title] of [
    ['d1', 'Non-paper'],
    ['d2', 'Contribution'],
    ['d3', 'Old notes'],
  ])
    await repo.add(draft(id!, title!));
});
afterEach(async () => {
  await db.delete();
});

describe('TrashStore', () => {
  it('lists trashed drafts, most recently deleted first, and nothing from the library', async () => {
    await repo.trash('d3');
    clock += DAY;
    await repo.trash('d1');
    expect((await trash.list()).map((r) => r.id)).toEqual(['d1', 'd3']);
    await repo.restore('d1');
    expect((await trash.list()).map((r) => r.id)).toEqual(['d3']);
  });

  it('reports drafts in the trash for more than 30 days, and deletes nothing by itself', async () => {
    await repo.trash('d3');
    clock += 10 * DAY;
    await repo.trash('d2');
    clock += 21 * DAY;
    const expired = await trash.expired();
    expect(expired.map((r) => r.id)).toEqual(['d3']);
    expect(daysInTrash(expired[0]!, clock)).toBe(31);
    expect(await db.drafts.count()).toBe(3);
  });

  it('deletes for good a trashed draft with its sections and versions, leaving the others', async () => {
    await versions.take('d2', 'manual', { name: 'Before deleting' });
    await versions.take('d1', 'manual', { name: 'Keep me' });
    await repo.trash('d2');
    await trash.deleteForever(['d2']);
    expect(await repo.get('d2')).toBeUndefined();
    expect(await db.sections.where('draftId').equals('d2').count()).toBe(0);
    expect(await versions.list('d2')).toEqual([]);
    expect((await versions.list('d1')).map((v) => v.name)).toEqual(['Keep me']);
    expect(await db.versionData.count()).toBe(1);
  });

  it('refuses to delete for good a draft that is not in the trash, changing nothing', async () => {
    await repo.trash('d2');
    await expect(trash.deleteForever(['d2', 'd1'])).rejects.toMatchObject({ code: 'in-trash' });
    expect(await db.drafts.count()).toBe(3);
    expect(await db.sections.count()).toBe(3);
  });
});
