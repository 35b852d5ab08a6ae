// Two windows on one draft, simulated by two guards (two windows' memories) over one database.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphState } from '../../../shared/model/empty';
import type { Draft, Section } from '../../../shared/model/draft';
import { sectionPlainText } from '../../../shared/model/text';
import { DrafterDb } from './db';
import { EditGuard } from './edit-guard';
import { DraftRepository } from './repository';
import { SAMPLE_DRAFT_FIELDS } from '../../../test/fixtures/sample-draft';

let clock = 1_000;
let db: DrafterDb;
let repo: DraftRepository;
let first: EditGuard;
let second: EditGuard;

const section = (id: string, text: string): Section => ({
  id,
  kind: 'norm',
  norm: 'a',
  heading: id,
  status: 'drafting',
  content: paragraphState([text]),
});
const draft: Draft = {
  id: 'd1',
  ...SAMPLE_DRAFT_FIELDS,
  updatedAt: 1,
  sections: [section('norm-a', 'Original A.'), section('norm-b', 'Original B.')],
};
const text = (value: string) => ({ content: paragraphState([value]) });
const stored = async (id: string) =>
  sectionPlainText((await repo.get('d1'))!.draft.sections.find((s) => s.id === id)!.content);

beforeEach(async () => {
  db = new DrafterDb(`guard-${Math.random()}`);
  repo = new DraftRepository(db, { now: () => (clock += 1), newId: () => 'x' });
  await repo.add(draft);
  first = new EditGuard(db, repo);
  second = new EditGuard(db, repo);
  first.opened((await repo.get('d1'))!);
  second.opened((await repo.get('d1'))!);
});
afterEach(async () => {
  await db.delete();
});

describe('EditGuard', () => {
  it('saves normally when only one window writes', async () => {
    await first.save('d1', 'norm-a', text('A, first edit.'));
    await first.save('d1', 'norm-a', text('A, second edit.'));
    await first.save('d1', 'norm-a', { status: 'review' });
    expect(await stored('norm-a')).toBe('A, second edit.');
    expect(first.state('d1')).toEqual({ conflicts: [], stale: [] });
  });

  it('refuses to overwrite a section another window changed, and keeps the other text', async () => {
    await first.save('d1', 'norm-a', text('Written in the first window.'));
    await expect(second.save('d1', 'norm-a', text('Written in the second window.'))).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await stored('norm-a')).toBe('Written in the first window.');
    expect(second.state('d1').conflicts).toEqual(['norm-a']);
  });

  it('lets each window write its own section, and marks the other as stale', async () => {
    await first.save('d1', 'norm-a', text('A from the first window.'));
    await second.save('d1', 'norm-b', text('B from the second window.'));
    expect(await stored('norm-a')).toBe('A from the first window.');
    expect(await stored('norm-b')).toBe('B from the second window.');
    expect(second.state('d1')).toEqual({ conflicts: [], stale: ['norm-a'] });
    // Editing the stale section later is a conflict too: that window never saw the other text.
    await expect(second.save('d1', 'norm-a', text('Late edit.'))).rejects.toMatchObject({ code: 'conflict' });
    expect(await stored('norm-a')).toBe('A from the first window.');
  });

  it('"keep mine" writes this window\'s text over the other on the next save', async () => {
    await first.save('d1', 'norm-a', text('Theirs.'));
    await expect(second.save('d1', 'norm-a', text('Mine.'))).rejects.toMatchObject({ code: 'conflict' });
    await second.keepMine('d1', ['norm-a']);
    await second.save('d1', 'norm-a', text('Mine.'));
    expect(await stored('norm-a')).toBe('Mine.');
    expect(second.state('d1').conflicts).toEqual([]);
  });

  it('"use theirs" drops this window\'s pending edit without writing it', async () => {
    await first.save('d1', 'norm-a', text('Theirs.'));
    await expect(second.save('d1', 'norm-a', text('Mine.'))).rejects.toMatchObject({ code: 'conflict' });
    second.useTheirs('d1');
    expect(await second.save('d1', 'norm-a', text('Mine.'))).toBeNull();
    expect(await stored('norm-a')).toBe('Theirs.');
    // Reloading the draft starts from the stored text again.
    second.opened((await repo.get('d1'))!);
    await second.save('d1', 'norm-a', text('Theirs, then mine.'));
    expect(await stored('norm-a')).toBe('Theirs, then mine.');
  });

  it('is not fooled by changes this window cannot see as conflicts (a rename elsewhere)', async () => {
    await repo.rename('d1', 'Renamed elsewhere');
    await second.save('d1', 'norm-a', text('Still fine.'));
    expect(await stored('norm-a')).toBe('Still fine.');
  });
});
