import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRestoreFile } from '../../../shared/backup/library-bundle';
import type { Draft, Section } from '../../../shared/model/draft';
import { paragraphState } from '../../../shared/model/empty';
import { SAMPLE_DRAFT_FIELDS } from '../../../test/fixtures/sample-draft';
import { DrafterDb } from './db';
import { readRescue, rescueFileText } from './rescue';
import { draftToRows } from './summary';

const section = (id: string, norm: Section['norm'], text: string): Section => ({
  id,
  kind: 'norm',
  norm,
  heading: id,
  status: 'drafting',
  content: paragraphState([text]),
});
const draft = (id: string, text: string): Draft => ({
  ...SAMPLE_DRAFT_FIELDS,
  id,
  updatedAt: 5,
  sections: [section('e', 'e', text), section('g', 'g', 'Critical infrastructure is protected.')],
});

const names: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of names.splice(0)) await new DrafterDb(name).delete();
});

/** A library as the app stores it: one draft in the library, one in the trash, a version, a norm text. */
async function seeded(): Promise<string> {
  const name = `rescue-${Math.random()}`;
  names.push(name);
  const db = new DrafterDb(name);
  const kept = draftToRows(draft('d1', 'Human rights apply online.'));
  const binned = draftToRows(draft('d2', 'A draft in the trash.'), 7);
  await db.drafts.bulkAdd([kept.row, binned.row]);
  await db.sections.bulkAdd([...kept.sections, ...binned.sections]);
  await db.versions.add({
    id: 'v1',
    draftId: 'd1',
    createdAt: 3,
    reason: 'manual',
    name: 'Before the meeting',
    detail: '',
    title: 'Non-paper',
    words: 3,
    fingerprint: 'x',
  });
  await db.versionData.add({ id: 'v1', draft: draft('d1', 'An earlier text.') });
  await db.normTexts.add({
    language: 'fr',
    norm: 'e',
    text: 'Les États devraient respecter les droits de l’homme.',
    updatedAt: 4,
  });
  db.close();
  return name;
}

describe('readRescue', () => {
  it('keeps drafts with their trash state, versions and the user’s norm texts, in a file "Restore from a file" reads', async () => {
    const rescue = await readRescue(indexedDB, await seeded());
    expect(rescue.unreadable).toEqual([]);
    expect(rescue.drafts.map((e) => [e.draft.id, e.trashed])).toEqual([
      ['d1', false],
      ['d2', true],
    ]);
    expect(rescue.drafts[0]!.draft).toEqual(draft('d1', 'Human rights apply online.'));
    expect(rescue.versions).toEqual([
      { createdAt: 3, name: 'Before the meeting', draft: draft('d1', 'An earlier text.') },
    ]);
    expect(rescue.normTexts).toEqual([
      { language: 'fr', norm: 'e', text: 'Les États devraient respecter les droits de l’homme.' },
    ]);

    const file = parseRestoreFile(new TextEncoder().encode(rescueFileText(rescue, 9)));
    expect(file.kind === 'library' && file.bundle).toMatchObject({
      exportedAt: 9,
      drafts: rescue.drafts,
      versions: rescue.versions,
      normTexts: rescue.normTexts,
    });
  });

  it('reads table by table: a damaged table costs only its own rows, and drafts missing sections are named, not emptied', async () => {
    const name = await seeded();
    const getAll = IDBObjectStore.prototype.getAll;
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'sections') throw new DOMException('Corrupted record', 'DataError');
      return getAll.apply(this, args);
    });
    const rescue = await readRescue(indexedDB, name);
    expect(rescue.unreadable).toEqual(['sections']);
    expect(rescue.drafts).toEqual([]);
    expect(rescue.incomplete.sort()).toEqual(['d1', 'd2']);
    // The versions still hold the text of d1.
    expect(rescue.versions.map((v) => v.draft.id)).toEqual(['d1']);
    expect(rescue.normTexts).toHaveLength(1);
  });

  it('reports every table unreadable when the database cannot be opened, and creates none', async () => {
    const rescue = await readRescue(indexedDB, `missing-${Math.random()}`);
    expect(rescue.unreadable).toEqual(['drafts', 'sections', 'versions', 'versionData', 'normTexts']);
    expect(rescue.drafts).toEqual([]);
  });
});
