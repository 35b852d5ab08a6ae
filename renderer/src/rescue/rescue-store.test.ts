// Text storage refused is kept aside in its own database: it survives a reload (a new store on the
// same database), is listed per draft, and a damaged row is skipped rather than breaking the list.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RescueStore } from './rescue-store';

const name = 'rescue-store-test';
afterEach(async () => {
  await Dexie.delete(name);
});

describe('RescueStore', () => {
  it('keeps a section’s refused text across a reload, one entry per section, until removed', async () => {
    const first = new RescueStore(name);
    await first.keep({ draftId: 'd1', sectionId: 'norm-g', text: 'First attempt', keptAt: 1 });
    await first.keep({ draftId: 'd1', sectionId: 'norm-g', text: 'Critical infrastructure, long version', keptAt: 2 });
    await first.keep({ draftId: 'd2', sectionId: 'norm-a', text: 'Another draft', keptAt: 3 });
    first.close();

    const reloaded = new RescueStore(name);
    expect(await reloaded.forDraft('d1')).toEqual([
      { draftId: 'd1', sectionId: 'norm-g', text: 'Critical infrastructure, long version', keptAt: 2 },
    ]);
    let told = 0;
    reloaded.subscribe(() => (told += 1));
    await reloaded.remove('d1', 'norm-g');
    expect(told).toBe(1);
    expect(await reloaded.forDraft('d1')).toEqual([]);
    expect(await reloaded.forDraft('d2')).toHaveLength(1);
    reloaded.close();
  });

  it('skips a damaged row and reads what it can of the others', async () => {
    const store = new RescueStore(name);
    await store.keep({ draftId: 'd1', sectionId: 'norm-e', text: 'Kept words', keptAt: 5 });
    store.close();
    const raw = new Dexie(name);
    raw.version(1).stores({ texts: '[draftId+sectionId], draftId' });
    await raw.table('texts').put({ draftId: 'd1', sectionId: 'norm-f', text: 42 });
    await raw.table('texts').put({ draftId: 'd1', sectionId: 'norm-h', text: 'No date' });
    raw.close();
    const reopened = new RescueStore(name);
    expect(await reopened.forDraft('d1')).toEqual([
      { draftId: 'd1', sectionId: 'norm-h', text: 'No date', keptAt: 0 },
      { draftId: 'd1', sectionId: 'norm-e', text: 'Kept words', keptAt: 5 },
    ]);
    reopened.close();
  });
});
