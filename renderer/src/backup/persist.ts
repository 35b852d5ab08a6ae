// Asks the browser to keep this site's storage even when the disk runs low (without it, the
// browser may clear IndexedDB to free space), and reads how much space is used.

export type PersistState = 'persisted' | 'not-persisted' | 'unsupported';

export async function requestPersistence(
  storage: StorageManager | undefined = navigator.storage,
): Promise<PersistState> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unsupported';
  }
}

export interface StorageUse {
  usage: number;
  quota: number;
}

export async function storageUse(storage: StorageManager | undefined = navigator.storage): Promise<StorageUse | null> {
  try {
    const estimate = await storage?.estimate?.();
    return estimate?.usage !== undefined && estimate.quota !== undefined
      ? { usage: estimate.usage, quota: estimate.quota }
      : null;
  } catch {
    return null;
  }
}
