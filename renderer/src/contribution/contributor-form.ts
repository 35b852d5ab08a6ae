// The contributors as edited in the dialog, and what must hold before they are saved or sent.
import type { Contributor } from '../../../shared/collab/model';

export interface ContributorEntry extends Contributor {
  /** Chosen to receive a file when "Send for contribution" is pressed. */
  send: boolean;
}

export type EntryProblem = { id: string; field: 'name' | 'sections' } | { id: null; field: 'none-chosen' };

/** What the dialog refuses: a contributor without a name; for sending, none chosen or one asked for no section. */
export function checkEntries(entries: readonly ContributorEntry[], sending: boolean): EntryProblem | null {
  for (const entry of entries) if (entry.name.trim() === '') return { id: entry.id, field: 'name' };
  if (!sending) return null;
  const chosen = entries.filter((entry) => entry.send);
  if (chosen.length === 0) return { id: null, field: 'none-chosen' };
  for (const entry of chosen) if (entry.sections.length === 0) return { id: entry.id, field: 'sections' };
  return null;
}

/** The contributors to store, trimmed, without the dialog's own choices. */
export function toContributors(entries: readonly ContributorEntry[]): Contributor[] {
  return entries.map(({ send: _send, ...contributor }) => ({
    ...contributor,
    name: contributor.name.trim(),
    organisation: contributor.organisation.trim(),
    request: contributor.request.trim(),
  }));
}
