// Writing one version of a draft: shared by the versions feature and by a replace of a draft's
// content, which keeps the state it replaces as a version inside its own transaction.
import { Dexie } from 'dexie';
import { publicDraft } from '../../../shared/collab/public-draft';
import type { Draft } from '../../../shared/model/draft';
import { draftFingerprint } from '../../../shared/model/fingerprint';
import type { DrafterDb, VersionReason, VersionRow } from './db';

export interface VersionToKeep {
  draft: Draft;
  words: number;
  reason: VersionReason;
  name: string;
  detail: string;
}

export function latestVersion(db: DrafterDb, draftId: string): Promise<VersionRow | undefined> {
  return db.versions.where('[draftId+createdAt]').between([draftId, Dexie.minKey], [draftId, Dexie.maxKey]).last();
}

/**
 * Stores a version; call inside a transaction over `versions` and `versionData`. An automatic
 * version identical to the latest one is not stored again (returns null); a named one always is.
 */
export async function writeVersion(
  db: DrafterDb,
  env: { now(): number; newId(): string },
  keep: VersionToKeep,
): Promise<VersionRow | null> {
  const { draft, words, reason, name, detail } = keep;
  const fingerprint = draftFingerprint(draft);
  const latest = reason === 'manual' ? undefined : await latestVersion(db, draft.id);
  if (latest?.fingerprint === fingerprint) return null;
  if (latest && reason === 'merge' && (await readsTheSame(db, latest, draft))) return null;
  const version: VersionRow = {
    id: env.newId(),
    draftId: draft.id,
    createdAt: env.now(),
    reason,
    name,
    detail,
    title: draft.fields.title,
    words,
    fingerprint,
  };
  await db.versions.add(version);
  await db.versionData.add({ id: version.id, draft });
  return version;
}

/**
 * Accepting, rejecting or resolving changes only review data when the text stays as it was: a
 * version before it would look like the newest one (same text, same words), so compare the text
 * and details without review data.
 */
async function readsTheSame(db: DrafterDb, latest: VersionRow, draft: Draft): Promise<boolean> {
  const kept = (await db.versionData.get(latest.id))?.draft;
  if (kept === undefined) return false;
  try {
    return draftFingerprint(publicDraft(kept)) === draftFingerprint(publicDraft(draft));
  } catch {
    return false; // a version kept by an older release that does not read as a draft now: keep a new one
  }
}
