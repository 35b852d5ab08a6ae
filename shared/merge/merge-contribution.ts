// One returned contribution merged into the lead's draft: recognised by its ticket, each asked
// section merged three ways against the ticket's base, and what cannot be placed listed.
import type { Collaboration, Contributor, ContributionTicket, MergeRecord } from '../collab/model';
import type { Draft, Section } from '../model/draft';
import { bodyText } from '../model/text';
import { contentFingerprint, textFingerprint } from '../model/fingerprint';
import type {
  ContributionInput,
  ContributionOutcome,
  MergeEnv,
  SectionMergeCount,
  UnplacedContent,
} from './merge-draft';
import { mergeSection } from './section-merge';
import { contentOf, markIds, toUnits, unitsFingerprint, type MergeUnit } from './units';
import { readMark } from '../collab/marks';
import { leadCollaboration } from '../collab/lead-collaboration';

const sectionKeys = (section: Section) => toUnits(section.content).map((unit) => unit.key);
const sameText = (a: Section, b: Section) => sectionKeys(a).join('\u0005') === sectionKeys(b).join('\u0005');

/** Recognises a file returned twice: the ticket and the text of its asked sections. */
function contributionFingerprint(ticket: ContributionTicket, returned: Draft): string {
  const asked = ticket.sections.map((id) => {
    const section = returned.sections.find((s) => s.id === id);
    return `${id}\u0006${section ? sectionKeys(section).join('\u0005') : ''}`;
  });
  return textFingerprint(asked.join('\u0007'));
}

function withContributor(contributors: Contributor[], ticket: ContributionTicket): Contributor[] {
  const known = contributors.find((c) => c.id === ticket.to.contributorId);
  if (!known) {
    const { contributorId: id, name, organisation } = ticket.to;
    return [
      ...contributors,
      { id, name, organisation, sections: [...ticket.sections], request: ticket.request, due: ticket.due },
    ];
  }
  const sections = [...new Set([...known.sections, ...ticket.sections])];
  if (sections.length === known.sections.length) return contributors;
  return contributors.map((c) => (c === known ? { ...c, sections } : c));
}

/** Sections of the returned file that hold text nothing here will place. */
function unplacedOf(
  lead: Draft,
  ticket: ContributionTicket,
  returned: Draft,
  inputs: readonly ContributionInput[],
): UnplacedContent[] {
  const unplaced: UnplacedContent[] = [];
  for (const section of returned.sections) {
    const current = lead.sections.find((s) => s.id === section.id);
    const sent = ticket.base.find((s) => s.id === section.id);
    if (ticket.sections.includes(section.id)) {
      if (!current && sent && !sameText(section, sent))
        unplaced.push({ sectionId: section.id, heading: section.heading, reason: 'section-removed' });
      continue;
    }
    if (!current) {
      unplaced.push({
        sectionId: section.id,
        heading: section.heading,
        reason: sent ? 'section-removed' : 'new-section',
      });
      continue;
    }
    // A section for reading only is unchanged when it still holds what was sent; older tickets
    // without fingerprints accept any version the lead had or sent.
    // A copy holding the lead's current text (a Word return fills these in from the lead) has nothing to place either.
    const sentForReading = ticket.readOnly?.find((r) => r.sectionId === section.id);
    if (sentForReading) {
      if (sameText(section, current)) continue;
      if (contentFingerprint(section.content) !== sentForReading.fingerprint)
        unplaced.push({ sectionId: section.id, heading: section.heading, reason: 'not-asked' });
      continue;
    }
    const known = [current, ...inputs.flatMap((input) => input.draft.contribution?.base ?? [])].filter(
      (s) => s.id === section.id,
    );
    if (!known.some((s) => sameText(s, section)))
      unplaced.push({ sectionId: section.id, heading: section.heading, reason: 'not-asked' });
  }
  return unplaced;
}

/** Every change id a unit names: its own, and deletions anchored on it. */
function changeMarksOf(unit: MergeUnit): string[] {
  const own = readMark(unit.node, 'change');
  return [...(own ? [own] : []), ...markIds(unit, 'before'), ...markIds(unit, 'after')];
}

/**
 * The pending changes an earlier return of the same ticket made whose blocks nobody has edited
 * since: a contributor who sends a newer version replaces them instead of conflicting with them.
 */
function ownEarlierChanges(lead: Draft, collaboration: Collaboration, ticketId: string): Set<string> {
  const merges = new Set(collaboration.merges.filter((m) => m.ticketId === ticketId).map((m) => m.id));
  const ids = new Set<string>();
  for (const change of collaboration.changes) {
    if (change.status !== 'pending' || !merges.has(change.mergeId)) continue;
    const section = lead.sections.find((s) => s.id === change.sectionId);
    if (!section) continue;
    const own = toUnits(section.content).filter((unit) => readMark(unit.node, 'change') === change.id);
    if (own.length > 0 && unitsFingerprint(own) === change.fingerprint) ids.add(change.id);
  }
  return ids;
}

export function mergeOne(
  lead: Draft,
  input: ContributionInput,
  inputs: readonly ContributionInput[],
  env: MergeEnv,
): { draft: Draft; outcome: ContributionOutcome } {
  const ticket = input.draft.contribution;
  const outcome = (status: ContributionOutcome['status'], extra: Partial<ContributionOutcome> = {}) => ({
    source: input.source,
    contributor: ticket ? { name: ticket.to.name, organisation: ticket.to.organisation } : null,
    status,
    sections: [],
    unplaced: [],
    ...extra,
  });
  if (!ticket) return { draft: lead, outcome: outcome('not-a-contribution') };
  if (ticket.draftId !== lead.id) return { draft: lead, outcome: outcome('other-draft') };
  const fingerprint = contributionFingerprint(ticket, input.draft);
  const collaboration = leadCollaboration(lead);
  if (collaboration.merges.some((m) => m.ticketId === ticket.id && m.fingerprint === fingerprint))
    return { draft: lead, outcome: outcome('already-merged') };

  const unplaced = unplacedOf(lead, ticket, input.draft, inputs);
  const replaceable = ownEarlierChanges(lead, collaboration, ticket.id);
  const mergeId = env.newId();
  const counts: SectionMergeCount[] = [];
  const changes = [...collaboration.changes];
  const conflicts = [...collaboration.conflicts];
  let sections = lead.sections;
  let changedAny = false;
  for (const id of ticket.sections) {
    const base = ticket.base.find((s) => s.id === id);
    const returned = input.draft.sections.find((s) => s.id === id);
    const current = sections.find((s) => s.id === id);
    if (!base || !returned || !current || sameText(base, returned)) continue;
    changedAny = true;
    const merged = mergeSection(toUnits(base.content), toUnits(current.content), toUnits(returned.content), {
      ticketId: ticket.id,
      contribution: fingerprint,
      sectionId: id,
      author: ticket.to.contributorId,
      mergeId,
      replaceable,
    });
    counts.push({
      id,
      norm: current.norm,
      heading: current.heading,
      applied: merged.changes.length,
      conflicts: merged.conflicts.length,
    });
    changes.push(...merged.changes);
    conflicts.push(...merged.conflicts);
    if (merged.units) {
      const content = contentOf(merged.units);
      const gainedText = current.status === 'empty' && bodyText(content).body.trim() !== '';
      const updated: Section = { ...current, content, ...(gainedText ? { status: 'drafting' as const } : {}) };
      sections = sections.map((s) => (s.id === id ? updated : s));
    }
  }
  // Earlier changes of this ticket that a newer return replaced entirely are gone with their blocks.
  if (replaceable.size > 0) {
    const left = new Set(sections.flatMap((s) => toUnits(s.content)).flatMap(changeMarksOf));
    const kept = changes.filter((c) => !replaceable.has(c.id) || left.has(c.id));
    changes.splice(0, changes.length, ...kept);
  }
  if (!changedAny) return { draft: lead, outcome: outcome('nothing-changed', { unplaced }) };

  const record: MergeRecord = {
    id: mergeId,
    ticketId: ticket.id,
    contributor: { name: ticket.to.name, organisation: ticket.to.organisation },
    fingerprint,
    at: env.now,
    sections: counts.map((c) => ({ sectionId: c.id, applied: c.applied, conflicts: c.conflicts })),
  };
  const draft: Draft = {
    ...lead,
    sections,
    updatedAt: env.now,
    collaboration: {
      ...collaboration,
      contributors: withContributor(collaboration.contributors, ticket),
      merges: [...collaboration.merges, record],
      changes,
      conflicts,
    },
  };
  return { draft, outcome: outcome('merged', { sections: counts, unplaced }) };
}
