import { describe, expect, it, vi } from 'vitest';
import type { VersionRow } from '../storage/db';
import { EditingSnapshots } from './editing';

const MINUTE = 60_000;

function fakeStore(latestAt: number | null) {
  const taken: number[] = [];
  let clock = 0;
  const store = {
    latest: vi.fn(async () => (latestAt === null ? undefined : ({ createdAt: latestAt } as VersionRow))),
    take: vi.fn(async () => {
      taken.push(clock);
      return { createdAt: clock } as VersionRow;
    }),
  };
  return { store, taken, setClock: (t: number) => (clock = t), now: () => clock };
}

describe('EditingSnapshots', () => {
  it('keeps a version at the first change, then at most every 10 minutes while editing', async () => {
    const fake = fakeStore(null);
    const snapshots = new EditingSnapshots(fake.store, fake.now);
    for (let minute = 0; minute <= 35; minute++) {
      fake.setClock(minute * MINUTE);
      await snapshots.changed('d1');
    }
    expect(fake.taken).toEqual([0, 10 * MINUTE, 20 * MINUTE, 30 * MINUTE]);
    expect(fake.store.take).toHaveBeenCalledWith('d1', 'editing', { skipEmpty: true });
  });

  it('counts from the latest stored version, of any kind, and from versions taken meanwhile', async () => {
    const fake = fakeStore(-5 * MINUTE);
    const snapshots = new EditingSnapshots(fake.store, fake.now);
    fake.setClock(0);
    await snapshots.changed('d1');
    expect(fake.taken).toEqual([]);
    snapshots.noteTaken('d1', 4 * MINUTE);
    fake.setClock(12 * MINUTE);
    await snapshots.changed('d1');
    expect(fake.taken).toEqual([]);
    fake.setClock(14 * MINUTE);
    await snapshots.changed('d1');
    expect(fake.taken).toEqual([14 * MINUTE]);
  });

  it('tries again on the next change when storage refused', async () => {
    const fake = fakeStore(null);
    fake.store.take.mockRejectedValueOnce(new Error('quota'));
    const snapshots = new EditingSnapshots(fake.store, fake.now);
    await snapshots.changed('d1');
    await snapshots.changed('d1');
    expect(fake.store.take).toHaveBeenCalledTimes(2);
  });
});
