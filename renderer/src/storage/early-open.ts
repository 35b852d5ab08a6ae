// On a first start after a reboot or an update, the browser opens the library's files (and its
// own storage bookkeeping) when the page first asks for the database: about 100 ms in traces of
// the bench's cold starts, and until now only once Dexie and the stores had been downloaded and
// run. Asking from the entry's own task lets that happen while the rest of the code downloads.
// The connection is plain IndexedDB, closed at once: it creates nothing, changes nothing, and
// never holds up Dexie's own open, an upgrade or "Reset storage".
import { DATABASE_NAME } from './database-name';

/**
 * Asks `factory` to open the existing database `name`; never creates one, never throws. Settles
 * (never rejects) once the request is done and its connection closed.
 */
export function openDatabaseEarly(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name = DATABASE_NAME,
): Promise<void> {
  if (!factory) return Promise.resolve();
  return new Promise((settle) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return settle();
    }
    // No database yet (a first run): the upgrade is cancelled, so none is created here and Dexie
    // creates it with its schema as always.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      request.result.close();
      settle();
    };
    request.onerror = (event) => {
      event.preventDefault();
      settle();
    };
  });
}
