import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphState } from '../../../shared/model/empty';
import type { Draft, Section } from '../../../shared/model/draft';
import { sectionPlainText } from '../../../shared/model/text';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';
import { VersionStore } from './store';

const DAY = 86_400_000;
let clock = Date.UTC(2026, 4, 12, 9);
let ids = 0;
let db: DrafterDb;
let repo: DraftRepository;
let store: VersionStore;

const env = { now: () => clock, newId: () => `id${(ids += 1)}`, dayOf: (ms: number) => Math.floor(ms / DAY) };
const section = (id: string, texts: string[]): Section => ({
  id,
  kind: 'norm',
  norm: 'a',
  heading: id,
  status: texts.length ? 'drafting' : 'empty',
  content: paragraphState(texts),
});
const examplia = (): Draft => ({
  id: 'd1',
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
  createdAt: clock,
  updatedAt: clock,
  sections: [section('norm-a', ['Examplia adopted a strategy.']), section('norm-b', ['Incidents are reported.'])],
});
const textOf = async (sectionId: string) =>
  sectionPlainText((await repo.get('d1'))!.draft.sections.find((s) => s.id === sectionId)!.content);
const write = (sectionId: string, text: string) =>
  repo.saveSection('d1', sectionId, { content: paragraphState([text]) });

beforeEach(async () => {
  db = new DrafterDb(`versions-${Math.random()}`);
  repo = new DraftRepository(db, { now: () => (clock += 1000), newId: env.newId });
  store = new VersionStore(db, repo, env);
  await repo.add(examplia());
});
afterEach(async () => {
  await db.delete();
});

describe('VersionStore', () => {
  it('saves a named version and lists it with its words, newest first', async () => {
    await store.take('d1', 'manual', { name: '  Sent to capital 12 May ' });
    clock += 60_000;
    await write('norm-a', 'Examplia adopted a revised strategy in 2026.');
    await store.take('d1', 'editing');
    const list = await store.list('d1');
    expect(list.map((v) => [v.reason, v.name])).toEqual([
      ['editing', ''],
      ['manual', 'Sent to capital 12 May'],
    ]);
    expect(list[1]).toMatchObject({ title: 'National non-paper', words: 7 });
    const { draft } = await store.content('d1', list[1]!.id);
    expect(sectionPlainText(draft.sections[0]!.content)).toBe('Examplia adopted a strategy.');
  });

  it('refuses a saved version without a name, and an unknown draft, storing nothing', async () => {
    await expect(store.take('d1', 'manual', { name: '   ' })).rejects.toMatchObject({ code: 'invalid-title' });
    await expect(store.take('d1', 'manual', { name: 'x'.repeat(201) })).rejects.toMatchObject({
      code: 'invalid-title',
    });
    await expect(store.take('nope', 'import')).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.versions.count()).toBe(0);
    expect(await db.versionData.count()).toBe(0);
  });

  it('does not store an automatic version identical to the latest one', async () => {
    expect(await store.take('d1', 'import')).not.toBeNull();
    expect(await store.take('d1', 'editing')).toBeNull();
    await write('norm-b', 'Incidents are reported within 24 hours.');
    expect(await store.take('d1', 'editing')).not.toBeNull();
    expect(await store.take('d1', 'manual', { name: 'Same text, but named' })).not.toBeNull();
    expect(await db.versions.count()).toBe(3);
  });

  it('restores a whole draft, keeping the current state as a version first', async () => {
    const original = (await store.take('d1', 'manual', { name: 'First' }))!;
    await write('norm-a', 'Rewritten completely.');
    await write('norm-b', 'Also rewritten.');
    await store.restoreDraft('d1', original.id);
    expect(await textOf('norm-a')).toBe('Examplia adopted a strategy.');
    expect(await textOf('norm-b')).toBe('Incidents are reported.');
    const [before] = await store.list('d1');
    expect(before).toMatchObject({ reason: 'restore', detail: String(original.createdAt) });
    const { draft } = await store.content('d1', before!.id);
    expect(draft.sections.map((s) => sectionPlainText(s.content))).toEqual([
      'Rewritten completely.',
      'Also rewritten.',
    ]);
    // The library row follows the restored text (word counts, search).
    expect((await repo.get('d1'))!.summary.words).toBe(7);
    expect(await repo.search('rewritten')).toEqual([]);
  });

  it('restores one section and leaves the others as they are', async () => {
    const original = (await store.take('d1', 'manual', { name: 'First' }))!;
    await write('norm-a', 'Changed A.');
    await write('norm-b', 'Changed B.');
    await store.restoreSection('d1', original.id, 'norm-a');
    expect(await textOf('norm-a')).toBe('Examplia adopted a strategy.');
    expect(await textOf('norm-b')).toBe('Changed B.');
    expect((await store.list('d1'))[0]?.reason).toBe('restore');
    await expect(store.restoreSection('d1', original.id, 'no-such-section')).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses a version of another draft', async () => {
    const version = (await store.take('d1', 'manual', { name: 'First' }))!;
    await repo.add({ ...examplia(), id: 'd2' });
    await expect(store.restoreDraft('d2', version.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('thins automatic versions as they age and keeps named ones', async () => {
    const start = clock;
    for (let day = 0; day < 3; day++) {
      for (let i = 0; i < 4; i++) {
        clock = start + day * DAY + i * 15 * 60_000;
        await write('norm-a', `Day ${day} edit ${i}.`);
        await store.take('d1', 'editing');
      }
    }
    clock = start + 2 * DAY + 3 * 3_600_000;
    await store.take('d1', 'manual', { name: 'Kept' });
    await write('norm-a', 'Latest.');
    await store.take('d1', 'editing');
    const list = await store.list('d1');
    // Day 0 and day 1: the last of each day; day 2 (today): all four, the named one and the newest.
    expect(list.filter((v) => v.reason === 'editing')).toHaveLength(1 + 1 + 4 + 1);
    expect(list.some((v) => v.name === 'Kept')).toBe(true);
    expect(await db.versionData.count()).toBe(list.length);
  });

  it('keeps a draft as a window holds it (text storage never received), and refuses an invalid one', async () => {
    const onScreen = {
      ...examplia(),
      sections: [section('norm-a', ['Typed here, never saved.']), section('norm-b', ['Incidents are reported.'])],
    };
    const kept = (await store.keep(onScreen, 'conflict'))!;
    expect(kept).toMatchObject({ reason: 'conflict', words: 7 });
    expect(sectionPlainText((await store.content('d1', kept.id)).draft.sections[0]!.content)).toBe(
      'Typed here, never saved.',
    );
    await expect(store.keep({ ...onScreen, id: 'bad id!' }, 'conflict')).rejects.toMatchObject({
      code: 'invalid-content',
    });
    expect(await textOf('norm-a')).toBe('Examplia adopted a strategy.');
  });

  it('removes every version of a draft', async () => {
    await store.take('d1', 'manual', { name: 'First' });
    await store.removeAll('d1');
    expect(await store.list('d1')).toEqual([]);
    expect(await db.versionData.count()).toBe(0);
  });
});
