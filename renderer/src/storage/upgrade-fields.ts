// Schema version 4: drafts written before fields existed held their details (title, submitter,
// issuing body, forum, date, government) beside their other data. The upgrade moves them into
// `fields` in every draft row and every version's draft, inside the upgrade's transaction.
import type { Transaction } from 'dexie';
import { liftDetailsIntoFields } from '../../../shared/model/legacy-details';

export async function liftStoredDetails(tx: Transaction): Promise<void> {
  await tx
    .table('drafts')
    .toCollection()
    .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
      ref.value = liftDetailsIntoFields(row);
    });
  await tx
    .table('versionData')
    .toCollection()
    .modify((row: { draft: unknown }) => {
      row.draft = liftDetailsIntoFields(row.draft);
    });
}
