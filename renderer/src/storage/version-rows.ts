// Writing one version of a draft: shared by the versions feature and by a replace of a draft's
// content, which keeps the state it replaces as a version inside its own transaction.
import { Dexie } from 'dexie';
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
  if (reason !== 'manual' && (await latestVersion(db, draft.id))?.fingerprint === fingerprint) return null;
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
