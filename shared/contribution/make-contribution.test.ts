import { describe, expect, it } from 'vitest';
import { collabDraft } from '../../test/fixtures/collab-draft';
import { sampleDraft, sampleNormSection } from '../../test/fixtures/sample-draft';
import { paragraphState } from '../model/empty';
import type { Draft, Section } from '../model/draft';
import { parseNormdraft, serializeNormdraft } from '../format/normdraft';
import { contentFingerprint } from '../model/fingerprint';
import {
  ContributionError,
  isAskedSection,
  makeContribution,
  returnContribution,
  withContributor,
} from './make-contribution';

const summary: Section = {
  id: 'summary',
  kind: 'summary',
  norm: null,
  heading: 'Executive summary',
  status: 'drafting',
  content: paragraphState(['Examplia supports the norms.']),
};

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** A lead draft with two contributors already listed (the CERT and a justice ministry). */
function leadDraft(): Draft {
  const lead = collabDraft();
  const withSummary = { ...lead, sections: [JSON.parse(JSON.stringify(summary)) as Section, ...lead.sections] };
  const justice = withContributor(
    withSummary,
    { name: 'Orla Penhale', organisation: 'Ministry of Justice', request: 'Norm h, please.', due: '2026-12-31' },
    ['norm-h', 'summary'],
    () => 'justice',
  );
  return justice.draft;
}

describe('makeContribution', () => {
  it('gives the contributor the same sections, a ticket with the exact base, and nothing of the lead’s review data', () => {
    const lead = leadDraft();
    const { copy } = makeContribution(lead, 'justice', { others: 'read-only', now: 1000, newId: () => 'ticket-9' });
    expect(copy.sections.map((s) => s.id)).toEqual(lead.sections.map((s) => s.id));
    expect(copy.sections).toEqual(lead.sections);
    expect(copy.collaboration).toBeUndefined();
    expect(copy.clearance).toBeUndefined();
    expect(copy.contribution).toEqual({
      id: 'ticket-9',
      draftId: lead.id,
      from: { name: 'Vesna Marlow', organisation: 'Ministry of Foreign Affairs' },
      to: { name: 'Orla Penhale', organisation: 'Ministry of Justice', contributorId: 'justice' },
      request: 'Norm h, please.',
      due: '2026-12-31',
      sentAt: 1000,
      // In the draft's order, whatever order the contributor's list has.
      sections: ['summary', 'norm-h'],
      others: 'read-only',
      base: [lead.sections[0], lead.sections[2]],
      // The sections for reading only, fingerprinted as sent.
      readOnly: [lead.sections[1], ...lead.sections.slice(3)].map((s) => ({
        sectionId: s.id,
        fingerprint: contentFingerprint(s.content),
      })),
    });
    // The other contributor's name appears nowhere in the file the contributor gets.
    const file = serializeNormdraft(copy);
    expect(file).not.toContain('Quillon Ardent');
    expect(file).not.toContain('Examplia CERT');
    expect(parseNormdraft(file)).toEqual(copy);
  });

  it('keeps the base as it was when sent, whatever the lead writes afterwards', () => {
    const lead = leadDraft();
    const { copy } = makeContribution(lead, 'justice', { others: 'read-only', now: 1, newId: () => 't' });
    const sent = JSON.parse(JSON.stringify(lead.sections[0]!.content)) as unknown;
    lead.sections[0]!.content.root.children.length = 0;
    expect(copy.contribution!.base[0]!.content).toEqual(sent);
    expect(copy.sections[0]!.content).toEqual(sent);
  });

  it('leaves the other sections out when asked to', () => {
    const { copy } = makeContribution(leadDraft(), 'justice', { others: 'omitted', now: 1, newId: () => 't' });
    expect(copy.sections.map((s) => s.id)).toEqual(['summary', 'norm-h']);
    expect(copy.contribution!.others).toBe('omitted');
  });

  it('records what was sent in the lead’s collaboration, keeping what was there', () => {
    const lead = leadDraft();
    const made = makeContribution(lead, 'cert', {
      others: 'read-only',
      now: 77,
      newId: () => 'ticket-2',
      medium: 'word',
    });
    expect(made.lead.collaboration!.sent).toEqual([
      ...lead.collaboration!.sent,
      { ticketId: 'ticket-2', contributorId: 'cert', sentAt: 77, sections: ['norm-g'], medium: 'word' },
    ]);
    expect(made.lead.collaboration!.merges).toEqual(lead.collaboration!.merges);
    expect(made.lead.sections).toEqual(lead.sections);
  });

  it('names the draft’s submitter as the lead of a draft never shared before', () => {
    const plain = sampleDraft({
      id: 'plain',
      sections: [sampleNormSection('Text.', 'g')],
      submitter: 'Republic of Examplia',
      issuingBody: 'Ministry of Foreign Affairs',
    });
    const listed = withContributor(plain, { name: 'Examplia CERT', organisation: '' }, ['norm-g'], () => 'c1');
    const { copy, lead } = makeContribution(listed.draft, 'c1', { others: 'read-only', now: 5, newId: () => 't1' });
    expect(copy.contribution!.from).toEqual({
      name: 'Republic of Examplia',
      organisation: 'Ministry of Foreign Affairs',
    });
    expect(lead.collaboration!.contributors).toEqual([
      { id: 'c1', name: 'Examplia CERT', organisation: '', sections: ['norm-g'], request: '', due: '' },
    ]);
  });

  it('refuses an unknown contributor, one asked for no section, and a contributor’s copy as the lead', () => {
    const lead = leadDraft();
    const options = { others: 'read-only' as const, now: 1, newId: () => 't' };
    expect(() => makeContribution(lead, 'nobody', options)).toThrow(ContributionError);
    const none = withContributor(lead, { name: 'Idle', organisation: '' }, ['gone-section'], () => 'idle').draft;
    expect(() => makeContribution(none, 'idle', options)).toThrow(/asked for no section/);
    const { copy } = makeContribution(lead, 'justice', options);
    expect(() => makeContribution(copy, 'justice', options)).toThrow(/itself a contribution/);
  });
});

describe('withContributor', () => {
  it('adds a new person and updates the one with the same name and organisation', () => {
    const lead = leadDraft();
    const again = withContributor(
      lead,
      { name: ' orla penhale ', organisation: 'ministry of justice' },
      ['norm-g'],
      counter('new'),
    );
    expect(again.contributorId).toBe('justice');
    expect(again.draft.collaboration!.contributors).toHaveLength(2);
    expect(again.draft.collaboration!.contributors[1]).toMatchObject({
      id: 'justice',
      sections: ['norm-g'],
      request: 'Norm h, please.',
    });
    const other = withContributor(
      lead,
      { name: 'Orla Penhale', organisation: 'Examplia CERT' },
      ['norm-g'],
      counter('new'),
    );
    expect(other.contributorId).toBe('new-1');
    expect(other.draft.collaboration!.contributors).toHaveLength(3);
  });
});

describe('returnContribution', () => {
  it('sends back the asked sections as edited, under the lead’s draft id, with the ticket and when it was returned', () => {
    const { copy } = makeContribution(leadDraft(), 'justice', {
      others: 'read-only',
      now: 10,
      newId: () => 'ticket-5',
    });
    const mine: Draft = {
      ...copy,
      id: 'contributor-copy',
      sections: copy.sections.map((s) =>
        s.id === 'norm-h' ? { ...s, content: paragraphState(['Justice wrote this.']) } : s,
      ),
    };
    const returned = returnContribution(mine, 99);
    expect(returned.id).toBe('collab-draft');
    expect(returned.sections.map((s) => s.id)).toEqual(['summary', 'norm-h']);
    expect(returned.sections[1]!.content).toEqual(paragraphState(['Justice wrote this.']));
    expect(returned.contribution).toEqual({ ...copy.contribution, returnedAt: 99 });
    expect(parseNormdraft(serializeNormdraft(returned))).toEqual(returned);
  });

  it('refuses a draft that is not a contribution', () => {
    expect(() => returnContribution(leadDraft(), 1)).toThrow(/not a contribution/);
  });

  it('tells which sections the contributor may write', () => {
    const { copy } = makeContribution(leadDraft(), 'justice', { others: 'read-only', now: 10, newId: () => 't' });
    expect(isAskedSection(copy, 'norm-h')).toBe(true);
    expect(isAskedSection(copy, 'norm-g')).toBe(false);
    expect(isAskedSection(leadDraft(), 'norm-g')).toBe(true);
  });
});
