// Tells interested parts (backups on disk, automatic versions) which draft changed, whatever
// changed it: typing, a rename, the trash, an import. Dexie's hooks on the drafts table see
// every write, since every change to a draft also rewrites its summary row.
import { Dexie, type CreatingHookContext, type UpdatingHookContext } from 'dexie';
import type { DrafterDb, DraftRow } from '../storage/db';

export function onDraftChanged(db: DrafterDb, listener: (draftId: string) => void): () => void {
  // Called once the write succeeded, and outside its transaction (a timer), so the listener may
  // read and write freely; the transaction itself has committed by then.
  const notify = (draftId: string) =>
    setTimeout(() => {
      Dexie.ignoreTransaction(() => listener(draftId));
    }, 0);
  function creating(this: CreatingHookContext<DraftRow, string>, _key: string, row: DraftRow) {
    this.onsuccess = () => notify(row.id);
  }
  function updating(this: UpdatingHookContext<DraftRow, string>, _changes: object, key: string) {
    if (typeof key === 'string') this.onsuccess = () => notify(key);
  }
  db.drafts.hook('creating', creating);
  db.drafts.hook('updating', updating);
  return () => {
    db.drafts.hook('creating').unsubscribe(creating);
    db.drafts.hook('updating').unsubscribe(updating);
  };
}
