// The draft-level merge and its review: what a lead sees after collecting contributions, and what
// accepting, rejecting and resolving do to the text.
import { describe, expect, it } from 'vitest';
import { MARK_KEYS, readMark, stripMarks } from '../collab/marks';
import type { Draft } from '../model/draft';
import type { SerializedNode } from '../model/lexical-json';
import { bodyText } from '../model/text';
import { bullets, doc, para } from '../../test/fixtures/content';
import { CERT, JUSTICE, edited, leadDraft, mergeEnv, sendTo, withBlock } from '../../test/fixtures/contributions';
import { acceptChanges, mergeContributions, rejectChanges, resolveConflict } from './merge-draft';

const text = (draft: Draft, id: string) => bodyText(draft.sections.find((s) => s.id === id)!.content).body;
const blocks = (draft: Draft, id: string) => draft.sections.find((s) => s.id === id)!.content.root.children;
const plain = (draft: Draft) => draft.sections.map((s) => stripMarks(s.content));
const merge = (lead: Draft, ...copies: Draft[]) =>
  mergeContributions(
    lead,
    copies.map((draft, i) => ({ draft, source: `returned-${i}.normdraft` })),
    mergeEnv(),
  );

describe('mergeContributions', () => {
  it('applies a change to one paragraph, marked with its author and change, and records the merge', () => {
    const lead = leadDraft();
    const copy = withBlock(
      sendTo(lead, CERT, ['norm-g']),
      'norm-g',
      1,
      para('Operators report incidents within four hours.'),
    );
    const outcome = merge(lead, copy);
    expect(outcome.applied).toBe(1);
    expect(outcome.conflicts).toBe(0);
    expect(outcome.contributions[0]).toMatchObject({
      status: 'merged',
      contributor: { name: 'Quillon Ardent', organisation: 'Examplia CERT' },
      sections: [{ id: 'norm-g', norm: 'g', applied: 1, conflicts: 0 }],
      unplaced: [],
    });
    const merged = outcome.draft;
    expect(text(merged, 'norm-g')).toContain('Operators report incidents within four hours.');
    expect(text(merged, 'norm-g')).not.toContain('Operators report incidents to the CERT.');
    const changed = blocks(merged, 'norm-g')[1]!;
    expect(readMark(changed, 'by')).toBe('cert');
    const change = merged.collaboration!.changes[0]!;
    expect(readMark(changed, 'change')).toBe(change.id);
    expect(change).toMatchObject({ sectionId: 'norm-g', author: 'cert', status: 'pending' });
    expect(bodyText(change.before).body).toBe('Operators report incidents to the CERT.');
    expect(merged.collaboration!.contributors).toEqual([
      expect.objectContaining({ id: 'cert', name: 'Quillon Ardent', sections: ['norm-g'] }),
    ]);
    expect(merged.collaboration!.merges).toEqual([
      expect.objectContaining({
        ticketId: 'ticket-cert',
        sections: [{ sectionId: 'norm-g', applied: 1, conflicts: 0 }],
      }),
    ]);
    expect(merged.collaboration!.lead).toEqual({ name: 'Republic of Examplia', organisation: '' });
    // Other blocks are the lead's as they were.
    expect(blocks(merged, 'norm-g')[0]).toEqual(blocks(lead, 'norm-g')[0]);
    expect(lead.collaboration).toBeUndefined();
  });

  it('changes nothing for an unchanged contribution, and merges a file returned twice once', () => {
    const lead = leadDraft();
    const unchanged = merge(lead, sendTo(lead, CERT, ['norm-g']));
    expect(unchanged.contributions[0]!.status).toBe('nothing-changed');
    expect(unchanged.draft).toBe(lead);

    const copy = withBlock(sendTo(lead, CERT, ['norm-g']), 'norm-g', 1, para('Operators report at once.'));
    const once = merge(lead, copy);
    const twice = merge(lead, copy, copy);
    expect(twice.contributions.map((c) => c.status)).toEqual(['merged', 'already-merged']);
    expect(twice.draft).toEqual(once.draft);
    expect(merge(once.draft, copy).contributions[0]!.status).toBe('already-merged');
  });

  it('refuses files that are not contributions of this draft, changing nothing', () => {
    const lead = leadDraft();
    const stranger = sendTo({ ...lead, id: 'someone-else' }, CERT, ['norm-g']);
    const outcome = merge(lead, lead, withBlock(stranger, 'norm-g', 0, para('Other text.')));
    expect(outcome.contributions.map((c) => c.status)).toEqual(['not-a-contribution', 'other-draft']);
    expect(outcome.draft).toBe(lead);
  });

  it('applies paragraphs a contributor added right after a paragraph the lead also edited, keeping only that paragraph in conflict', () => {
    const sent = sendTo(leadDraft(), CERT, ['norm-g']);
    const lead = withBlock(leadDraft(), 'norm-g', 1, para('Operators report incidents to the CERT at once.'));
    const rewritten = withBlock(sent, 'norm-g', 1, para('Operators report incidents to the CERT within a day.'));
    const root = rewritten.sections.find((section) => section.id === 'norm-g')!.content.root;
    const added = [
      ...root.children.slice(0, 2),
      para('The CERT publishes a yearly report.'),
      ...root.children.slice(2),
    ];
    const copy = edited(rewritten, 'norm-g', { root: { ...root, children: added } });
    const outcome = merge(lead, copy);
    expect(outcome.conflicts).toBe(1);
    expect(outcome.applied).toBe(1);
    expect(text(outcome.draft, 'norm-g')).toContain('The CERT publishes a yearly report.');
    expect(text(outcome.draft, 'norm-g')).toContain('at once');
    const conflict = outcome.draft.collaboration!.conflicts[0]!;
    expect(bodyText(conflict.theirs.blocks).body).toBe('Operators report incidents to the CERT within a day.');
  });

  it('applies edits of different bullets of one list by two contributors without a conflict', () => {
    const lead = leadDraft();
    const first = withBlock(
      sendTo(lead, CERT, ['norm-g']),
      'norm-g',
      2,
      bullets(['Energy and gas'], ['Water'], ['Transport']),
    );
    const second = withBlock(
      sendTo(lead, JUSTICE, ['norm-g']),
      'norm-g',
      2,
      bullets(['Energy'], ['Water'], ['Rail and ports']),
    );
    const outcome = merge(lead, first, second);
    expect(outcome.conflicts).toBe(0);
    expect(outcome.applied).toBe(2);
    const list = blocks(outcome.draft, 'norm-g')[2]!;
    expect(list.type).toBe('list');
    const items = (list as Extract<SerializedNode, { type: 'list' }>).children;
    expect(items.map((item) => bodyText(doc(para(...('children' in item ? item.children : [])))).body)).toEqual([
      'Energy and gas',
      'Water',
      'Rail and ports',
    ]);
    expect(items.map((item) => readMark(item, 'by'))).toEqual(['cert', undefined, 'justice']);
  });

  it('keeps the lead’s text as a conflict when the lead changed the same paragraph since sending', () => {
    const lead = leadDraft();
    const copy = withBlock(sendTo(lead, CERT, ['norm-g']), 'norm-g', 1, para('Operators report within four hours.'));
    const leadNow = withBlock(lead, 'norm-g', 1, para('Operators report within a day.'));
    const outcome = merge(leadNow, copy);
    expect(outcome.conflicts).toBe(1);
    expect(outcome.applied).toBe(0);
    expect(text(outcome.draft, 'norm-g')).toContain('Operators report within a day.');
    const conflict = outcome.draft.collaboration!.conflicts[0]!;
    expect(conflict).toMatchObject({
      sectionId: 'norm-g',
      status: 'open',
      ours: { author: 'lead' },
      theirs: { author: 'cert' },
    });
    expect(bodyText(conflict.theirs.blocks).body).toBe('Operators report within four hours.');
    expect(bodyText(conflict.base).body).toBe('Operators report incidents to the CERT.');
    expect(readMark(blocks(outcome.draft, 'norm-g')[1]!, 'conflict')).toBe(conflict.id);
  });
});

describe('reviewing a merge', () => {
  const lead = leadDraft();
  const copy = withBlock(
    withBlock(sendTo(lead, CERT, ['norm-g', 'summary']), 'norm-g', 1, para('Operators report at once.')),
    'summary',
    1,
    null,
  );
  const merged = merge(lead, copy).draft;

  it('accepting keeps the text and its author but drops the change marks', () => {
    const accepted = acceptChanges(merged, {});
    expect(plain(accepted)).toEqual(plain(merged));
    expect(accepted.collaboration!.changes.every((c) => c.status === 'accepted')).toBe(true);
    const json = JSON.stringify(accepted.sections);
    expect(json).not.toContain(MARK_KEYS.change);
    expect(json).not.toContain(MARK_KEYS.after);
    expect(readMark(blocks(accepted, 'norm-g')[1]!, 'by')).toBe('cert');
  });

  it('rejecting puts the lead’s text back, deletions included', () => {
    const { draft, notReverted } = rejectChanges(merged, {});
    expect(notReverted).toEqual([]);
    expect(plain(draft)).toEqual(plain(lead));
    expect(draft.collaboration!.changes.every((c) => c.status === 'rejected')).toBe(true);
  });

  it('rejects one section or one change only, and leaves a change edited since as it is', () => {
    const summaryOnly = rejectChanges(merged, { sectionId: 'summary' }).draft;
    expect(text(summaryOnly, 'summary')).toBe(text(lead, 'summary'));
    expect(text(summaryOnly, 'norm-g')).toBe(text(merged, 'norm-g'));

    const section = merged.sections.find((s) => s.id === 'norm-g')!;
    const retouched = edited(merged, 'norm-g', {
      root: {
        ...section.content.root,
        children: section.content.root.children.map((node, i) =>
          i === 1 ? { ...para('Operators report at once, always.'), $: node.$ } : node,
        ),
      },
    });
    const changeId = readMark(blocks(merged, 'norm-g')[1]!, 'change')!;
    const result = rejectChanges(retouched, { changeIds: [changeId] });
    expect(result.notReverted).toEqual([changeId]);
    expect(text(result.draft, 'norm-g')).toContain('Operators report at once, always.');
  });

  it('resolves a conflict with either side, both, or an edited text', () => {
    const leadNow = withBlock(lead, 'norm-g', 1, para('Lead wording.'));
    const conflicted = merge(
      leadNow,
      withBlock(sendTo(lead, CERT, ['norm-g']), 'norm-g', 1, para('CERT wording.')),
    ).draft;
    const id = conflicted.collaboration!.conflicts[0]!.id;
    const paragraphs = (draft: Draft) => text(draft, 'norm-g').split('\n');
    expect(paragraphs(resolveConflict(conflicted, id, { take: 'ours' }))).toContain('Lead wording.');
    const theirs = resolveConflict(conflicted, id, { take: 'theirs' });
    expect(paragraphs(theirs)).toContain('CERT wording.');
    expect(paragraphs(theirs)).not.toContain('Lead wording.');
    expect(readMark(blocks(theirs, 'norm-g')[1]!, 'by')).toBe('cert');
    expect(theirs.collaboration!.conflicts[0]!.status).toBe('resolved');
    expect(JSON.stringify(theirs.sections)).not.toContain(MARK_KEYS.conflict);
    const both = paragraphs(resolveConflict(conflicted, id, { take: 'both' }));
    expect(both.indexOf('Lead wording.') + 1).toBe(both.indexOf('CERT wording.'));
    const own = resolveConflict(conflicted, id, { take: 'edited', blocks: doc(para('Agreed wording.')) });
    expect(paragraphs(own)).toContain('Agreed wording.');
    expect(paragraphs(own)).not.toContain('Lead wording.');
  });

  it('accepts or rejects the changes of one contributor only', () => {
    const two = merge(
      lead,
      withBlock(sendTo(lead, CERT, ['norm-g']), 'norm-g', 3, para('Regulators audit twice a year.')),
      withBlock(sendTo(lead, JUSTICE, ['norm-h']), 'norm-h', 0, para('Requests go to the Ministry.')),
    ).draft;
    const accepted = acceptChanges(two, { author: 'justice' });
    expect(accepted.collaboration!.changes.map((c) => [c.author, c.status])).toEqual([
      ['cert', 'pending'],
      ['justice', 'accepted'],
    ]);
    const { draft } = rejectChanges(accepted, { author: 'cert' });
    expect(text(draft, 'norm-g')).toBe(text(lead, 'norm-g'));
    expect(text(draft, 'norm-h')).toContain('Requests go to the Ministry.');
    // An accepted change is no longer pending: rejecting everything leaves it.
    expect(text(rejectChanges(draft, {}).draft, 'norm-h')).toContain('Requests go to the Ministry.');
  });

  it('puts neighbouring deletions by two contributors back in order, whichever is rejected first', () => {
    const both = merge(
      lead,
      withBlock(sendTo(lead, CERT, ['norm-g']), 'norm-g', 0, null),
      withBlock(sendTo(lead, JUSTICE, ['norm-g']), 'norm-g', 1, null),
    ).draft;
    expect(text(both, 'norm-g')).not.toContain('Operators report');
    for (const order of [
      ['cert', 'justice'],
      ['justice', 'cert'],
    ]) {
      const back = order.reduce((draft, author) => rejectChanges(draft, { author }).draft, both);
      expect(plain(back)).toEqual(plain(lead));
    }
  });

  it('keeps two conflicts on the same lead paragraph apart, each resolved on its own', () => {
    const leadNow = withBlock(lead, 'norm-g', 1, para('Lead wording.'));
    const twice = merge(
      leadNow,
      withBlock(sendTo(lead, CERT, ['norm-g']), 'norm-g', 1, para('CERT wording.')),
      withBlock(sendTo(lead, JUSTICE, ['norm-g']), 'norm-g', 1, para('Justice wording.')),
    ).draft;
    const [first, second] = twice.collaboration!.conflicts;
    expect([first!.theirs.author, second!.theirs.author]).toEqual(['cert', 'justice']);
    expect(readMark(blocks(twice, 'norm-g')[1]!, 'conflict')!.split(' ').sort()).toEqual(
      [first!.id, second!.id].sort(),
    );
    const one = resolveConflict(twice, first!.id, { take: 'ours' });
    expect(readMark(blocks(one, 'norm-g')[1]!, 'conflict')).toBe(second!.id);
    const both = resolveConflict(one, second!.id, { take: 'theirs' });
    expect(text(both, 'norm-g')).toContain('Justice wording.');
    expect(text(both, 'norm-g')).not.toContain('Lead wording.');
    expect(both.collaboration!.conflicts.map((c) => c.status)).toEqual(['resolved', 'resolved']);
  });
});
