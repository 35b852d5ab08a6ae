// Before a schema upgrade changes anything, every draft is kept as a version (reason "upgrade"),
// inside the upgrade's own transaction: if the upgrade fails, nothing at all changes; if it
// succeeds, the drafts as they were before it are in the versions panel.
import type { Transaction } from 'dexie';
import type { Draft } from '../../../shared/model/draft';
import type { DraftRow, SectionRow, VersionDataRow, VersionRow } from './db';
import { rowsToDraft } from './summary';
import { draftFingerprint } from '../../../shared/model/fingerprint';
import { liftDetailsIntoFields } from '../../../shared/model/legacy-details';

/** Upgrades from several versions back run one step after another in one transaction: one snapshot. */
const snapshotted = new WeakSet<object>();

export async function snapshotBeforeUpgrade(tx: Transaction, toVersion: number, now = Date.now()): Promise<void> {
  if (snapshotted.has(tx.idbtrans)) return;
  snapshotted.add(tx.idbtrans);
  const drafts = tx.table<DraftRow, string>('drafts');
  const sections = tx.table<SectionRow, [string, string]>('sections');
  // One draft at a time, so that a large library never sits in memory all at once.
  const ids = await drafts.toCollection().primaryKeys();
  for (const id of ids) {
    const row = await drafts.get(id);
    if (!row) continue;
    let draft: Draft;
    let fingerprint: string;
    try {
      // Kept in the shape this code reads, whatever the version the row was written by.
      draft = liftDetailsIntoFields(rowsToDraft(row, await sections.where('draftId').equals(id).toArray())) as Draft;
      fingerprint = draftFingerprint(draft);
    } catch {
      // A row this code cannot read is left exactly as it is; the upgrade does not stop for it.
      continue;
    }
    const versionId = crypto.randomUUID();
    const version: VersionRow = {
      id: versionId,
      draftId: id,
      createdAt: now,
      reason: 'upgrade',
      name: '',
      detail: String(toVersion),
      title: draft.fields.title,
      words: typeof row.words === 'number' ? row.words : 0,
      fingerprint,
    };
    await tx.table<VersionRow, string>('versions').add(version);
    await tx.table<VersionDataRow, string>('versionData').add({ id: versionId, draft });
  }
}
