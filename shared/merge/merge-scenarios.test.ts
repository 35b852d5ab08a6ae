// Whole scenarios of collecting contributions: several contributors in any order (one file
// returned twice), rich content travelling intact, and what cannot be placed being listed.
import { describe, expect, it } from 'vitest';
import { readMark, stripMarks } from '../collab/marks';
import type { Draft, Section } from '../model/draft';
import type { SerializedNode } from '../model/lexical-json';
import { bodyText } from '../model/text';
import { rootState } from '../model/empty';
import { bold, doc, italic, lettered, link, note, para } from '../../test/fixtures/content';
import { CERT, JUSTICE, NGO, edited, leadDraft, mergeEnv, sendTo, withBlock } from '../../test/fixtures/contributions';
import { parseNormdraft, serializeNormdraft } from '../format/normdraft';
import { makeContribution, withContributor } from '../contribution/make-contribution';
import { mergeContributions, rejectChanges, type ContributionInput } from './merge-draft';

const section = (draft: Draft, id: string): Section => draft.sections.find((s) => s.id === id)!;
const blocks = (draft: Draft, id: string) => section(draft, id).content.root.children;
const text = (draft: Draft, id: string) => bodyText(section(draft, id).content).body;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('three contributors, returned in any order, one twice', () => {
  const lead = leadDraft();
  const cert = withBlock(
    sendTo(lead, CERT, ['norm-g']),
    'norm-g',
    1,
    para('Operators report incidents to the CERT within four hours.'),
  );
  const justice = withBlock(
    withBlock(
      sendTo(lead, JUSTICE, ['norm-h', 'summary']),
      'norm-h',
      0,
      para('Requests go through the contact point of the Ministry.'),
    ),
    'summary',
    2,
    para('Examplia will report to the forum in 2027.'),
  );
  const ngo = withBlock(sendTo(lead, NGO, ['norm-g']), 'norm-g', 1, para('Operators report incidents publicly.'));
  const inputs: Record<string, ContributionInput> = {
    cert: { draft: cert, source: 'cert.normdraft' },
    justice: { draft: justice, source: 'justice.normdraft' },
    ngo: { draft: ngo, source: 'ngo.normdraft' },
  };

  const results = permutations(['cert', 'justice', 'ngo']).map((order) => {
    const files = [...order, order[1]!].map((name) => inputs[name]!);
    return { order, outcome: mergeContributions(lead, files, mergeEnv()) };
  });

  it('applies the changes that do not overlap, attributed, and keeps one conflict with both authors', () => {
    for (const { order, outcome } of results) {
      expect(outcome.contributions.map((c) => c.status)).toEqual(['merged', 'merged', 'merged', 'already-merged']);
      expect(outcome.applied).toBe(3);
      expect(outcome.conflicts).toBe(1);
      const merged = outcome.draft;
      expect(text(merged, 'norm-h')).toContain('Requests go through the contact point of the Ministry.');
      expect(readMark(blocks(merged, 'norm-h')[0]!, 'by')).toBe('justice');
      expect(text(merged, 'summary')).toContain('Examplia will report to the forum in 2027.');
      expect(readMark(blocks(merged, 'summary')[2]!, 'by')).toBe('justice');
      // Norm g holds the change of whichever of the two came first, marked as a conflict with the other.
      const first = order.find((name) => name !== 'justice')!;
      const second = first === 'cert' ? 'ngo' : 'cert';
      const paragraph = blocks(merged, 'norm-g')[1]!;
      expect(readMark(paragraph, 'by')).toBe(first);
      const [conflict] = merged.collaboration!.conflicts;
      expect(conflict).toMatchObject({
        sectionId: 'norm-g',
        status: 'open',
        ours: { author: first },
        theirs: { author: second },
      });
      expect(readMark(paragraph, 'conflict')).toBe(conflict!.id);
      expect(merged.collaboration!.contributors.map((c) => c.id).sort()).toEqual(['cert', 'justice', 'ngo']);
      expect(merged.collaboration!.merges).toHaveLength(3);
    }
  });

  it('writes a merged draft that saves and reads back as it is', () => {
    for (const { outcome } of results) expect(parseNormdraft(serializeNormdraft(outcome.draft))).toEqual(outcome.draft);
    const emptied = edited(sendTo(lead, CERT, ['summary']), 'summary', rootState([]));
    const merged = mergeContributions(lead, [{ draft: emptied, source: 'x' }], mergeEnv()).draft;
    expect(parseNormdraft(serializeNormdraft(merged))).toEqual(merged);
  });

  it('gives the same text whatever the order, where the contributions do not overlap', () => {
    const [reference] = results;
    for (const { outcome } of results) {
      expect(section(outcome.draft, 'norm-h')).toEqual(section(reference!.outcome.draft, 'norm-h'));
      expect(section(outcome.draft, 'summary')).toEqual(section(reference!.outcome.draft, 'summary'));
    }
  });
});

describe('what travels with a merged paragraph', () => {
  it('keeps footnotes with their links, formatting, lettered lists and links as the contributor wrote them', () => {
    const lead = leadDraft();
    const rich = para(
      'The Grid Act ',
      bold('as amended'),
      ' protects ',
      italic('all'),
      ' energy networks.',
      note('Grid Act 2019, as amended in 2025, ', link('https://example.org/grid-2025')),
      ' See ',
      link('https://example.org/registry', 'the registry'),
      '.',
    );
    const list = lettered(['acknowledge within a day;'], ['answer ', bold('within three days'), '.']);
    const copy = withBlock(withBlock(sendTo(lead, CERT, ['norm-g', 'norm-h']), 'norm-g', 0, rich), 'norm-h', 1, list);
    const merged = mergeContributions(lead, [{ draft: copy, source: 'cert.normdraft' }], mergeEnv()).draft;
    expect(stripMarks(rootState([blocks(merged, 'norm-g')[0]!]))).toEqual(rootState([rich]));
    const mergedList = blocks(merged, 'norm-h')[1]! as Extract<SerializedNode, { type: 'list' }>;
    expect(stripMarks(rootState([mergedList]))).toEqual(rootState([list]));
    expect(readMark(mergedList.children[0]!, 'by')).toBeUndefined();
    expect(readMark(mergedList.children[1]!, 'by')).toBe('cert');
  });

  it('lets a contributor fill an empty section, which then counts as being drafted', () => {
    const lead = leadDraft();
    const copy = edited(sendTo(lead, CERT, ['norm-k']), 'norm-k', doc(para('The CERT is on call day and night.')));
    const merged = mergeContributions(lead, [{ draft: copy, source: 'cert.normdraft' }], mergeEnv()).draft;
    expect(section(merged, 'norm-k').status).toBe('drafting');
    expect(text(merged, 'norm-k')).toBe('The CERT is on call day and night.');
  });

  it('marks a section emptied by a contributor so that rejecting puts its text back', () => {
    const lead = leadDraft();
    const copy = edited(sendTo(lead, CERT, ['summary']), 'summary', rootState([]));
    const merged = mergeContributions(lead, [{ draft: copy, source: 'cert.normdraft' }], mergeEnv()).draft;
    expect(text(merged, 'summary')).toBe('');
    expect(readMark(blocks(merged, 'summary')[0]!, 'change')).toBe(merged.collaboration!.changes[0]!.id);
    const { draft } = rejectChanges(merged, {});
    expect(stripMarks(section(draft, 'summary').content)).toEqual(section(lead, 'summary').content);
  });
});

describe('what cannot be placed', () => {
  it('lists sections edited without being asked, removed from the lead’s draft since, or new', () => {
    const lead = leadDraft();
    let copy = withBlock(sendTo(lead, CERT, ['norm-g', 'norm-k']), 'norm-h', 0, para('Edited without being asked.'));
    copy = edited(copy, 'norm-k', doc(para('Text for a section the lead removed.')));
    copy = {
      ...copy,
      sections: [
        ...copy.sections,
        {
          id: 'annex',
          kind: 'other',
          norm: null,
          heading: 'Annex',
          status: 'drafting',
          content: doc(para('New annex.')),
        },
      ],
    };
    const leadNow = { ...lead, sections: lead.sections.filter((s) => s.id !== 'norm-k') };
    const outcome = mergeContributions(leadNow, [{ draft: copy, source: 'cert.normdraft' }], mergeEnv());
    expect(outcome.contributions[0]!.status).toBe('nothing-changed');
    expect(outcome.contributions[0]!.unplaced).toEqual([
      { sectionId: 'norm-h', heading: 'Requests for assistance', reason: 'not-asked' },
      { sectionId: 'norm-k', heading: 'Emergency response teams', reason: 'section-removed' },
      { sectionId: 'annex', heading: 'Annex', reason: 'new-section' },
    ]);
    expect(outcome.draft).toBe(leadNow);
  });

  it('does not list sections for reading only that another merge has changed since', () => {
    const lead = leadDraft();
    const cert = withBlock(sendTo(lead, CERT, ['norm-g']), 'norm-g', 1, para('Operators report at once.'));
    const justice = withBlock(sendTo(lead, JUSTICE, ['norm-h']), 'norm-h', 0, para('Requests go to the Ministry.'));
    const outcome = mergeContributions(
      lead,
      [cert, justice].map((draft) => ({ draft, source: 'x' })),
      mergeEnv(),
    );
    expect(outcome.contributions.flatMap((c) => c.unplaced)).toEqual([]);
  });
});

describe('sections sent for reading only', () => {
  const sendCert = () => {
    const lead = leadDraft();
    const { draft, contributorId } = withContributor(lead, CERT, ['norm-g'], () => 'cert');
    let n = 0;
    return makeContribution(draft, contributorId, { others: 'read-only', now: 10, newId: () => `t-${++n}` });
  };

  it('are not listed when the lead edited them after sending and the contributor left them as sent', () => {
    const { copy, lead } = sendCert();
    const returned = withBlock(copy, 'norm-g', 1, para('Operators report at once.'));
    const leadNow = withBlock(lead, 'norm-h', 0, para('Requests go through the Ministry since March.'));
    const outcome = mergeContributions(leadNow, [{ draft: returned, source: 'cert.normdraft' }], mergeEnv());
    expect(outcome.contributions[0]!.status).toBe('merged');
    expect(outcome.contributions[0]!.unplaced).toEqual([]);
    expect(text(outcome.draft, 'norm-h')).toContain('since March');
  });

  it('are not listed when the returned copy holds the lead’s text as it is now, as a Word return does', () => {
    const { copy, lead } = sendCert();
    const leadNow = withBlock(lead, 'norm-h', 0, para('Requests go through the Ministry since March.'));
    const returned = withBlock(
      { ...copy, sections: copy.sections.map((s) => (s.id === 'norm-h' ? section(leadNow, 'norm-h') : s)) },
      'norm-g',
      1,
      para('Operators report at once.'),
    );
    const outcome = mergeContributions(leadNow, [{ draft: returned, source: 'cert.docx' }], mergeEnv());
    expect(outcome.contributions[0]!.unplaced).toEqual([]);
  });

  it('are listed when the contributor changed them, whether or not the lead did', () => {
    const { copy, lead } = sendCert();
    const returned = withBlock(copy, 'norm-h', 0, para('Requests go wherever the CERT says.'));
    const leadNow = withBlock(lead, 'norm-h', 0, para('Requests go through the Ministry since March.'));
    for (const current of [lead, leadNow]) {
      const outcome = mergeContributions(current, [{ draft: returned, source: 'cert.normdraft' }], mergeEnv());
      expect(outcome.contributions[0]!.unplaced).toEqual([
        { sectionId: 'norm-h', heading: 'Requests for assistance', reason: 'not-asked' },
      ]);
    }
  });
});

describe('a contributor returning a newer version', () => {
  it('replaces their own earlier changes instead of conflicting with them, unless the lead edited those since', () => {
    const lead = leadDraft();
    const sent = sendTo(lead, CERT, ['norm-g']);
    const first = withBlock(sent, 'norm-g', 1, para('Operators report within a day.'));
    const second = withBlock(
      withBlock(sent, 'norm-g', 1, para('Operators report within four hours.')),
      'norm-g',
      3,
      para('Regulators audit twice a year.'),
    );
    const outcome = mergeContributions(
      lead,
      [first, second].map((draft) => ({ draft, source: 'cert.normdraft' })),
      mergeEnv(),
    );
    expect(outcome.conflicts).toBe(0);
    expect(text(outcome.draft, 'norm-g')).toContain('Operators report within four hours.');
    expect(text(outcome.draft, 'norm-g')).not.toContain('within a day');
    expect(outcome.draft.collaboration!.changes).toHaveLength(2);
    expect(stripMarks(section(rejectChanges(outcome.draft, {}).draft, 'norm-g').content)).toEqual(
      section(lead, 'norm-g').content,
    );

    // Once the lead has reworded the merged paragraph, a newer return conflicts with the lead's words.
    const once = mergeContributions(lead, [{ draft: first, source: 'cert.normdraft' }], mergeEnv()).draft;
    const merged = section(once, 'norm-g');
    const retouched = edited(once, 'norm-g', {
      root: {
        ...merged.content.root,
        children: merged.content.root.children.map((node, i) =>
          i === 1 ? { ...para('Operators report within a working day.'), $: node.$ } : node,
        ),
      },
    });
    const again = mergeContributions(retouched, [{ draft: second, source: 'cert.normdraft' }], mergeEnv());
    expect(again.conflicts).toBe(1);
    expect(text(again.draft, 'norm-g')).toContain('Operators report within a working day.');
  });
});
