// A contributor's copy of the lead's draft: the same sections (or only the asked ones), and a
// ticket saying whose draft it is, what is asked and the exact base, with nothing of the lead's
// review data (other contributors, merges, clearance). The lead records what was sent.
import type { ContributionTicket, Contributor, Person, SentContribution } from '../collab/model';
import type { Draft, Section } from '../model/draft';
import { contentFingerprint } from '../model/fingerprint';
import { leadCollaboration } from '../collab/lead-collaboration';

export interface ContributionOptions {
  /** Whether the sections not asked for travel read-only for context or are left out. */
  others: ContributionTicket['others'];
  /** Epoch milliseconds. */
  now: number;
  newId(): string;
  /** How it goes out; a .normdraft unless said otherwise. */
  medium?: SentContribution['medium'];
}

export interface MadeContribution {
  /** The contributor's copy, carrying its ticket in `contribution`. */
  copy: Draft;
  /** The lead's draft with the contribution recorded in `collaboration.sent`. */
  lead: Draft;
}

export type ContributionProblem = 'unknown-contributor' | 'no-sections' | 'not-lead' | 'not-contribution';

export class ContributionError extends Error {
  override readonly name = 'ContributionError';
  constructor(
    readonly code: ContributionProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Sections are plain JSON: a deep copy, so the copy and the base never share objects with the lead. */
function cloneSections(sections: readonly Section[]): Section[] {
  return JSON.parse(JSON.stringify(sections)) as Section[];
}

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Adds a contributor, or updates the one with the same name and organisation, asking for
 * `sections`. Returns the draft and the contributor's id.
 */
export function withContributor(
  draft: Draft,
  person: Person & Partial<Pick<Contributor, 'request' | 'due'>>,
  sections: string[],
  newId: () => string,
): { draft: Draft; contributorId: string } {
  const collaboration = leadCollaboration(draft);
  const existing = collaboration.contributors.find(
    (c) => sameText(c.name, person.name) && sameText(c.organisation, person.organisation),
  );
  const contributor: Contributor = {
    id: existing?.id ?? newId(),
    name: person.name.trim(),
    organisation: person.organisation.trim(),
    sections,
    request: person.request ?? existing?.request ?? '',
    due: person.due ?? existing?.due ?? '',
  };
  const contributors = existing
    ? collaboration.contributors.map((c) => (c.id === existing.id ? contributor : c))
    : [...collaboration.contributors, contributor];
  return { draft: { ...draft, collaboration: { ...collaboration, contributors } }, contributorId: contributor.id };
}

/** Makes the contributor's copy of `lead` and records it as sent. */
export function makeContribution(lead: Draft, contributorId: string, options: ContributionOptions): MadeContribution {
  if (lead.contribution)
    throw new ContributionError('not-lead', 'This draft is itself a contribution to another draft.');
  const collaboration = leadCollaboration(lead);
  const contributor = collaboration.contributors.find((c) => c.id === contributorId);
  if (!contributor)
    throw new ContributionError('unknown-contributor', `No contributor ${contributorId} in this draft.`);
  const wanted = new Set(contributor.sections);
  // In the draft's order; ids of sections the draft no longer has are left out.
  const asked = lead.sections.filter((section) => wanted.has(section.id));
  if (asked.length === 0)
    throw new ContributionError('no-sections', `${contributor.name} is asked for no section of this draft.`);
  const ticket: ContributionTicket = {
    id: options.newId(),
    draftId: lead.id,
    from: { ...collaboration.lead },
    to: { name: contributor.name, organisation: contributor.organisation, contributorId: contributor.id },
    request: contributor.request,
    due: contributor.due,
    sentAt: options.now,
    sections: asked.map((section) => section.id),
    others: options.others,
    base: cloneSections(asked),
    ...(options.others === 'read-only'
      ? {
          readOnly: lead.sections
            .filter((section) => !wanted.has(section.id))
            .map((section) => ({ sectionId: section.id, fingerprint: contentFingerprint(section.content) })),
        }
      : {}),
  };
  const { collaboration: _collaboration, clearance: _clearance, contribution: _contribution, ...plain } = lead;
  const copy: Draft = {
    ...plain,
    fields: { ...lead.fields },
    sections: cloneSections(options.others === 'omitted' ? asked : lead.sections),
    contribution: ticket,
  };
  const sent: SentContribution = {
    ticketId: ticket.id,
    contributorId: contributor.id,
    sentAt: options.now,
    sections: ticket.sections,
    medium: options.medium ?? 'normdraft',
  };
  return { copy, lead: { ...lead, collaboration: { ...collaboration, sent: [...collaboration.sent, sent] } } };
}

/** Whether the contributor may write `sectionId` in their copy. */
export function isAskedSection(copy: Pick<Draft, 'contribution'>, sectionId: string): boolean {
  return copy.contribution ? copy.contribution.sections.includes(sectionId) : true;
}

/**
 * The file a contributor sends back: the lead's draft id, the ticket with the time it was
 * returned, and only the asked sections as the contributor left them.
 */
export function returnContribution(copy: Draft, now: number): Draft {
  const ticket = copy.contribution;
  if (!ticket) throw new ContributionError('not-contribution', 'This draft is not a contribution to another draft.');
  const asked = new Set(ticket.sections);
  return {
    ...copy,
    id: ticket.draftId,
    updatedAt: Math.max(copy.updatedAt, now),
    sections: copy.sections.filter((section) => asked.has(section.id)),
    contribution: { ...ticket, returnedAt: now },
  };
}
