import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paragraphState } from '../../../shared/model/empty';
import type { Draft } from '../../../shared/model/draft';
import { DrafterDb, type VersionRow } from '../storage/db';
import { StorageError } from '../storage/errors';
import { DraftRepository } from '../storage/repository';
import { draftFingerprint } from '../../../shared/model/fingerprint';
import { VersionStore } from './store';
import { answerError, answerTakeRequest, type VersionWorkerAnswer } from './version-protocol';
import { WorkerVersions } from './worker-versions';

const AT = Date.UTC(2026, 4, 12, 9);
let db: DrafterDb;
let repository: DraftRepository;
let ids = 0;
const newId = () => `v${(ids += 1)}`;
const storeAt = (now: number) => new VersionStore(db, repository, { now: () => now, newId });

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
  createdAt: AT,
  updatedAt: AT,
  sections: [
    {
      id: 'norm-a',
      kind: 'norm',
      norm: 'a',
      heading: 'Norm 1',
      status: 'drafting',
      content: paragraphState(['Examplia adopted a strategy.']),
    },
  ],
});

beforeEach(async () => {
  db = new DrafterDb(`version-worker-${Math.random()}`);
  repository = new DraftRepository(db, { now: () => AT, newId });
  await repository.add(examplia());
});
afterEach(async () => {
  await db.delete();
});

describe('versions worker protocol', () => {
  it('takes the stored draft as a version at the page’s time, with its fingerprint; an unchanged draft is not kept twice', async () => {
    const answer = await answerTakeRequest(
      { type: 'take', id: 7, draftId: 'd1', reason: 'editing', options: { skipEmpty: true }, now: AT + 600_000 },
      storeAt,
    );
    expect(answer).toMatchObject({
      type: 'taken',
      id: 7,
      version: { draftId: 'd1', reason: 'editing', createdAt: AT + 600_000, fingerprint: draftFingerprint(examplia()) },
    });
    expect(
      (await storeAt(AT).content('d1', (answer as { version: VersionRow }).version.id)).draft.sections[0]!.content,
    ).toEqual(examplia().sections[0]!.content);

    const again = await answerTakeRequest(
      { type: 'take', id: 8, draftId: 'd1', reason: 'editing', options: {}, now: AT + 1_200_000 },
      storeAt,
    );
    expect(again).toEqual({ type: 'taken', id: 8, version: null });
    expect(await storeAt(AT).list('d1')).toHaveLength(1);
  });

  it('answers a storage failure with its kind, which the page turns back into the same error', async () => {
    const answer = await answerTakeRequest(
      { type: 'take', id: 3, draftId: 'gone', reason: 'import', options: {}, now: AT },
      storeAt,
    );
    expect(answer).toMatchObject({ type: 'failed', id: 3, code: 'not-found' });
    const error = answerError(answer as Extract<VersionWorkerAnswer, { type: 'failed' }>);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('not-found');

    const quota = answerError({ type: 'failed', id: 4, name: 'QuotaExceededError', message: 'full' });
    expect(quota.name).toBe('QuotaExceededError');
  });

  it('refuses messages that are not a take request, touching nothing', async () => {
    for (const message of [
      null,
      'take',
      { type: 'take', id: 1, draftId: 'd1', reason: 'whenever', options: {}, now: AT },
      { type: 'take', id: 2, draftId: 'd1', reason: 'manual', options: { name: 5 }, now: AT },
      { type: 'take', id: 5, draftId: 'd1', reason: 'editing', options: {}, now: Number.NaN },
    ]) {
      const answer = await answerTakeRequest(message, storeAt);
      expect(answer.type).toBe('failed');
    }
    expect(await storeAt(AT).list('d1')).toEqual([]);
  });
});

/** A worker whose "thread" answers with the real protocol a little later, in the order given. */
function fakeWorker(delays: number[] = []) {
  const worker = {
    onmessage: null as ((event: MessageEvent<VersionWorkerAnswer>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    terminate: vi.fn(),
    postMessage: vi.fn((request: unknown) => {
      const delay = delays.shift() ?? 0;
      setTimeout(
        () =>
          void answerTakeRequest(structuredClone(request), storeAt).then((data) =>
            worker.onmessage?.({ data } as MessageEvent<VersionWorkerAnswer>),
          ),
        delay,
      );
    }),
  };
  return worker;
}

describe('WorkerVersions (the page’s side)', () => {
  it('sends each version to the worker, stamped with the page’s clock, and matches answers to requests', async () => {
    const local = { take: vi.fn() };
    const worker = fakeWorker([30, 0]);
    const versions = new WorkerVersions(
      local,
      () => worker,
      () => AT + 1,
    );
    const [named, missing] = await Promise.allSettled([
      versions.take('d1', 'manual', { name: 'Sent to capital' }),
      versions.take('gone', 'editing'),
    ]);
    expect(named).toMatchObject({ status: 'fulfilled', value: { name: 'Sent to capital', createdAt: AT + 1 } });
    expect(missing).toMatchObject({ status: 'rejected', reason: { code: 'not-found' } });
    expect(local.take).not.toHaveBeenCalled();
  });

  it('takes versions on the page when workers are unavailable', async () => {
    const local = { take: vi.fn(async () => null) };
    const versions = new WorkerVersions(local, null);
    await versions.take('d1', 'editing', { skipEmpty: true });
    expect(local.take).toHaveBeenCalledWith('d1', 'editing', { skipEmpty: true });
  });

  it('when the worker fails to load, the versions waiting and all later ones are taken on the page', async () => {
    const local = { take: vi.fn(async (_draftId: string, _reason: string) => null) };
    const worker = { ...fakeWorker(), postMessage: vi.fn() };
    const versions = new WorkerVersions(local, () => worker);
    const waiting = versions.take('d1', 'editing');
    worker.onerror?.({ preventDefault: () => {} } as ErrorEvent);
    await waiting;
    await versions.take('d1', 'template');
    expect(local.take.mock.calls.map((call) => call[1])).toEqual(['editing', 'template']);
    expect(worker.terminate).toHaveBeenCalled();
  });
});
