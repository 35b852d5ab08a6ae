import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DrafterDb } from './db';
import { openDatabaseEarly } from './early-open';

const drafterDb = (factory: IDBFactory, name = 'early') => new DrafterDb(name, { indexedDB: factory, IDBKeyRange });

describe('openDatabaseEarly', () => {
  it('creates nothing on a first run: the app then makes its database with every table', async () => {
    const factory = new IDBFactory();
    await openDatabaseEarly(factory, 'early');
    expect(await factory.databases()).toEqual([]);
    const db = drafterDb(factory);
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'drafts',
      'normTexts',
      'sections',
      'versionData',
      'versions',
    ]);
    db.close();
  });

  it('leaves a stored library as it was, open to the app, to an upgrade and to a reset', async () => {
    const factory = new IDBFactory();
    const first = drafterDb(factory);
    await first.drafts.add({ id: 'd1' } as never);
    first.close();

    void openDatabaseEarly(factory, 'early');
    const db = drafterDb(factory);
    expect((await db.drafts.toArray()).map((row) => row.id)).toEqual(['d1']);
    db.close();

    // A later version of the app opens it at a higher version while the early request is out.
    void openDatabaseEarly(factory, 'early');
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = factory.open('early', 9000);
      request.onsuccess = () => {
        resolve(request.result.version);
        request.result.close();
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by the early request'));
    });
    expect(upgraded).toBe(9000);

    void openDatabaseEarly(factory, 'early');
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase('early');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by the early request'));
    });
    expect(await factory.databases()).toEqual([]);
  });

  it('does nothing, and throws nothing, where IndexedDB is missing or refuses', async () => {
    await expect(openDatabaseEarly(undefined)).resolves.toBeUndefined();
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(openDatabaseEarly(refusing)).resolves.toBeUndefined();
  });
});
