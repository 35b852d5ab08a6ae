import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/model/draft';
import { sectionPlainText } from '../../../shared/model/text';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';
import { VersionStore } from '../versions/store';
import { sampleDraft, sampleNormSection } from '../../../test/fixtures/sample-draft';
import { restoreDrafts } from './restore-drafts';

let db: DrafterDb;
let repository: DraftRepository;
let versions: VersionStore;
let ids = 0;
const env = { now: () => Date.now(), newId: () => `v${(ids += 1)}` };
const draft = (id: string, text: string): Draft =>
  sampleDraft({ id, title: `Draft ${id}`, updatedAt: 2, sections: [sampleNormSection(text)] });
const text = async (id: string) => sectionPlainText((await repository.get(id))!.draft.sections[0]!.content);

beforeEach(() => {
  db = new DrafterDb(`restore-${Math.random()}`);
  repository = new DraftRepository(db, env);
  versions = new VersionStore(db, repository, env);
});
afterEach(() => db.delete());

describe('restoreDrafts', () => {
  it('adds missing drafts (into the trash when they were there), replaces changed ones, skips identical ones', async () => {
    await repository.add(draft('same', 'Unchanged text.'));
    await repository.add(draft('changed', 'Text typed after the backup.'));
    const report = await restoreDrafts(
      [
        { draft: draft('same', 'Unchanged text.'), trashed: false },
        { draft: draft('changed', 'Text in the backup.'), trashed: false },
        { draft: draft('new', 'Only in the backup.'), trashed: false },
        { draft: draft('binned', 'Was in the trash.'), trashed: true },
      ],
      { repository, versions },
    );
    expect(report).toEqual({ added: ['new', 'binned'], replaced: ['changed'], unchanged: ['same'] });
    expect(await text('changed')).toBe('Text in the backup.');
    expect(await text('new')).toBe('Only in the backup.');
    expect((await repository.list()).map((r) => r.id).sort()).toEqual(['changed', 'new', 'same']);
    // The text typed after the backup is not lost: it is a version of the draft.
    const [kept] = await versions.list('changed');
    expect(kept?.reason).toBe('backup');
    expect(sectionPlainText((await versions.content('changed', kept!.id)).draft.sections[0]!.content)).toBe(
      'Text typed after the backup.',
    );
  });

  it('brings an identical draft back from the trash when the backup had it in the library', async () => {
    await repository.add(draft('d1', 'Text.'));
    await repository.trash('d1');
    await restoreDrafts([{ draft: draft('d1', 'Text.'), trashed: false }], { repository, versions });
    expect((await repository.list()).map((r) => r.id)).toEqual(['d1']);
  });
});
