// At start: is the library readable, and if it is empty or unreadable, are there backups on disk
// it could be restored from? Only reads; the app asks the user before restoring anything.
import type { DraftBackups } from '../../../shared/bridge/api';
import { classifyOpenFailure, type OpenFailure } from '../storage/open-failure';

export type StartupFinding =
  | { kind: 'ok' }
  | { kind: 'empty-with-backups'; backups: DraftBackups[] }
  | { kind: 'unreadable'; backups: DraftBackups[]; problem: OpenFailure };

export interface StartupDeps {
  /** Whether any draft is stored, the trash included; throws when the database cannot be opened or read. */
  anyDraftStored(): Promise<boolean>;
  listBackups(): Promise<DraftBackups[]>;
  /** True when the disk or the browser's share of it is nearly full (a full disk can look like damage). */
  lowOnSpace?(): Promise<boolean>;
  /** Waits before the one second attempt (a passing error often clears in a moment). */
  pause?(): Promise<void>;
}

const PAUSE_MS = 500;

export async function checkStorageAtStart(deps: StartupDeps): Promise<StartupFinding> {
  const backups = () => deps.listBackups().catch(() => [] as DraftBackups[]);
  let stored: boolean | null = null;
  let problem: OpenFailure = 'transient';
  for (let attempt = 0; attempt < 2 && stored === null; attempt++) {
    try {
      stored = await deps.anyDraftStored();
    } catch (error) {
      problem = classifyOpenFailure(error);
      // Only what may pass is tried again; the others will fail the same way.
      if (problem !== 'transient' && problem !== 'damaged') break;
      if (attempt === 0) await (deps.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, PAUSE_MS))))();
    }
  }
  if (stored === null) {
    // Chromium reports a full disk while opening as the same "UnknownError" as damaged files.
    if (problem === 'damaged' && (await deps.lowOnSpace?.().catch(() => false))) problem = 'quota';
    return { kind: 'unreadable', backups: await backups(), problem };
  }
  if (stored) return { kind: 'ok' };
  const found = await backups();
  return found.length > 0 ? { kind: 'empty-with-backups', backups: found } : { kind: 'ok' };
}
