// Opening a contribution file. A copy sent for contribution becomes the contributor's own draft,
// always under a new id (the lead's draft may be in the same library); its ticket keeps the
// lead's draft id. A returned contribution belongs to the lead's draft, when it is here.
import type { Lineage } from '../../../shared/format/normdraft';
import type { ContributionTicket } from '../../../shared/collab/model';
import type { Draft } from '../../../shared/model/draft';
import type { DraftRepository } from '../storage/repository';

export type OpenedContribution =
  /** Added as the contributor's copy; `leadHere` when the lead's draft is in this library too. */
  | { kind: 'copy'; id: string; title: string; leadHere: boolean }
  /** The same contribution was opened before: its copy, with what the contributor wrote since, is kept. */
  | { kind: 'existing'; id: string; title: string }
  /** A returned contribution to the lead's draft in this library: nothing was added. */
  | { kind: 'returned'; leadId: string; leadTitle: string; from: string };

/** The lead's draft of this ticket in this library (not in the trash), or null. */
async function leadDraft(repository: Pick<DraftRepository, 'get'>, ticket: ContributionTicket) {
  const stored = await repository.get(ticket.draftId);
  if (!stored || stored.summary.deletedAt !== null || stored.draft.contribution) return null;
  return stored.draft;
}

export async function openContribution(
  repository: Pick<DraftRepository, 'get' | 'add' | 'list'>,
  draft: Draft & { contribution: ContributionTicket },
  env: { now(): number; newId(): string },
  lineage: Lineage | null,
): Promise<OpenedContribution> {
  const lead = await leadDraft(repository, draft.contribution);
  if (lead && draft.contribution.returnedAt !== undefined)
    return { kind: 'returned', leadId: lead.id, leadTitle: lead.fields.title, from: draft.contribution.to.name };
  if (draft.contribution.returnedAt === undefined) {
    const ticketId = draft.contribution.id;
    const existing = (await repository.list()).find((row) => row.contribution?.id === ticketId);
    if (existing) return { kind: 'existing', id: existing.id, title: existing.fields.title };
  }
  const now = env.now();
  const copy: Draft = { ...draft, id: env.newId(), createdAt: now, updatedAt: now };
  await repository.add(copy, lineage ?? undefined);
  return { kind: 'copy', id: copy.id, title: copy.fields.title, leadHere: lead !== null };
}

export function isContribution(draft: Draft): draft is Draft & { contribution: ContributionTicket } {
  return draft.contribution !== undefined;
}
