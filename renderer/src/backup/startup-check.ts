// At start: is the library readable, and if it is empty or unreadable, are there backups on disk
// it could be restored from? Only reads; the app asks the user before restoring anything.
import type { DraftBackups } from '../../../shared/bridge/api';

export type StartupFinding =
  | { kind: 'ok' }
  | { kind: 'empty-with-backups'; backups: DraftBackups[] }
  | { kind: 'unreadable'; backups: DraftBackups[]; newerVersion: boolean };

export interface StartupDeps {
  /** Drafts stored, the trash included; throws when the database cannot be opened or read. */
  countDrafts(): Promise<number>;
  listBackups(): Promise<DraftBackups[]>;
}

export async function checkStorageAtStart(deps: StartupDeps): Promise<StartupFinding> {
  const backups = () => deps.listBackups().catch(() => [] as DraftBackups[]);
  let count: number;
  try {
    count = await deps.countDrafts();
  } catch (error) {
    // A database written by a newer version of the app is not damaged: it must not be replaced.
    const newerVersion = errorNames(error).includes('VersionError');
    return { kind: 'unreadable', backups: await backups(), newerVersion };
  }
  if (count > 0) return { kind: 'ok' };
  const found = await backups();
  return found.length > 0 ? { kind: 'empty-with-backups', backups: found } : { kind: 'ok' };
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if ('name' in e) names.push(String(e.name));
    e = 'inner' in e ? e.inner : undefined;
  }
  return names;
}
