import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphState } from '../../../shared/model/empty';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';
import { VersionStore } from '../versions/store';
import { onDraftChanged } from './changes';
import { SAMPLE_DRAFT_FIELDS } from '../../../test/fixtures/sample-draft';

const db = new DrafterDb(`changes-${Math.random()}`);
const repo = new DraftRepository(db, { now: () => Date.now(), newId: () => 'copy' });
const versions = new VersionStore(db, repo, { now: () => Date.now(), newId: () => crypto.randomUUID() });
afterEach(() => db.delete());

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('onDraftChanged', () => {
  it('reports every kind of change to a draft, and the listener may use the database', async () => {
    const seen: string[] = [];
    const stop = onDraftChanged(db, (id) => {
      seen.push(id);
      // A listener that writes (an automatic version) must not trip over the finished transaction.
      void versions.take(id, 'editing');
    });
    await repo.add({
      id: 'd1',
      ...SAMPLE_DRAFT_FIELDS,
      updatedAt: 1,
      sections: [{ id: 'norm-a', kind: 'norm', norm: 'a', heading: 'a', status: 'empty', content: paragraphState([]) }],
    });
    await settle();
    await repo.saveSection('d1', 'norm-a', { content: paragraphState(['Typed.']) });
    await settle();
    await repo.rename('d1', 'Renamed');
    await repo.trash('d1');
    await repo.duplicate('d1', 'Copy');
    await settle();
    expect(seen).toEqual(['d1', 'd1', 'd1', 'd1', 'copy']);
    expect(await versions.list('d1')).not.toHaveLength(0);
    stop();
    await repo.restore('d1');
    await settle();
    expect(seen).toHaveLength(5);
  });
});
