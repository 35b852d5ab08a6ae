// A full disk while saving: the failure is reported as "quota", nothing already stored is lost,
// the unsaved text stays pending, and the save succeeds once space is free again.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paragraphState } from '../../../shared/model/empty';
import { sectionPlainText } from '../../../shared/model/text';
import { Autosaver, type SaveState } from '../draft/autosave';
import { DrafterDb } from './db';
import { DraftRepository } from './repository';
import { SAMPLE_DRAFT_FIELDS } from '../../../test/fixtures/sample-draft';

const db = new DrafterDb(`quota-${Math.random()}`);
const repo = new DraftRepository(db, { now: () => Date.now(), newId: () => 'x' });
afterEach(() => vi.restoreAllMocks());

/** What Dexie reports when IndexedDB aborts a transaction because the disk is full. */
function quotaAbort(): Error {
  const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  return new Dexie.AbortError('Transaction aborted', quota);
}

describe('quota errors while saving', () => {
  it('reports a full disk, keeps the text pending and the stored text intact, and retries', async () => {
    await repo.add({
      id: 'd1',
      ...SAMPLE_DRAFT_FIELDS,
      updatedAt: 1,
      sections: [
        {
          id: 'norm-a',
          kind: 'norm',
          norm: 'a',
          heading: 'a',
          status: 'drafting',
          content: paragraphState(['Saved before the disk filled up.']),
        },
      ],
    });
    const put = vi.spyOn(db.sections, 'put').mockRejectedValue(quotaAbort());
    const saver = new Autosaver({
      save: (d, s, p) => repo.saveSection(d, s, p),
      debounceMs: 0,
      maxWaitMs: 0,
      retryDelaysMs: [60_000],
    });
    const states: SaveState[] = [];
    saver.subscribe((state) => states.push(state));
    const text = async () => sectionPlainText((await repo.get('d1'))!.draft.sections[0]!.content);

    saver.change('d1', 'norm-a', { content: paragraphState(['Typed while the disk was full.']) });
    await saver.flush();
    expect(saver.state).toMatchObject({ kind: 'failed', reason: 'quota' });
    expect(saver.dirty).toBe(true);
    expect(await text()).toBe('Saved before the disk filled up.');

    // Space is freed; "Try again" (a flush) writes the text that was kept.
    put.mockRestore();
    await saver.flush();
    expect(saver.state).toEqual({ kind: 'saved' });
    expect(await text()).toBe('Typed while the disk was full.');
    expect(states.map((s) => s.kind).filter((kind, i, all) => kind !== all[i - 1])).toEqual([
      'saving',
      'failed',
      'saved',
    ]);
    await db.delete();
  });
});
