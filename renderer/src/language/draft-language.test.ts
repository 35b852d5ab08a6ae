import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';
import { sampleDraft, sampleNormSection } from '../../../test/fixtures/sample-draft';
import { changeDraftLanguage, DraftLanguageError } from './draft-language';

let db: DrafterDb;
let repo: DraftRepository;
let counter = 0;

const draft: Draft = sampleDraft({
  id: 'd1',
  title: 'Non-paper of the Republic of Examplia',
  forum: 'OEWG',
  sections: [sampleNormSection('Examplia protects its grid.', 'g', 'Protect critical infrastructure')],
});

beforeEach(async () => {
  db = new DrafterDb(`draft-language-${(counter += 1)}`);
  repo = new DraftRepository(db, { now: () => 10, newId: () => 'copy' });
  await repo.add(draft);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('changing a draft’s document language', () => {
  it('changes the language and nothing else: the text is not translated', async () => {
    await changeDraftLanguage(db, 'd1', 'fr', 20);
    const stored = await repo.get('d1');
    expect(stored?.draft.language).toBe('fr');
    expect(stored?.draft.updatedAt).toBe(20);
    expect(stored?.draft.fields.title).toBe(draft.fields.title);
    expect(stored?.draft.sections).toEqual(draft.sections);
  });

  it('refuses an unknown language, a missing draft and a draft in the trash, changing nothing', async () => {
    await expect(changeDraftLanguage(db, 'd1', 'de' as Language, 20)).rejects.toBeInstanceOf(DraftLanguageError);
    await expect(changeDraftLanguage(db, 'nope', 'fr', 20)).rejects.toBeInstanceOf(DraftLanguageError);
    await repo.trash('d1');
    await expect(changeDraftLanguage(db, 'd1', 'ar', 20)).rejects.toBeInstanceOf(DraftLanguageError);
    await repo.restore('d1');
    expect((await repo.get('d1'))?.draft.language).toBe('en');
  });
});
