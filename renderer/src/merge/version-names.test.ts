// The versions a merge takes say whose contributions came in, and what each contributed.
import { describe, expect, it } from 'vitest';
import type { ContributionOutcome } from '../../../shared/merge/merge-draft';
import type { Section } from '../../../shared/model/draft';
import { MAX_VERSION_NAME } from '../versions/store';
import { beforeMergeName, mergedName, type VersionNameTexts } from './version-names';

const texts: VersionNameTexts = {
  before: (list) => `Before merging contributions from ${list}`,
  merged: (list) => `Merged: ${list}`,
  section: (s) => (s.norm ? `Norm ${s.norm === 'g' ? 7 : 8}` : s.heading || `(${s.kind})`),
  join: (items) => items.join(', '),
};

const outcome = (
  name: string,
  status: ContributionOutcome['status'],
  sections: [string, Section['norm'], string, number, number][],
): ContributionOutcome => ({
  source: `${name}.normdraft`,
  contributor: { name, organisation: '' },
  status,
  sections: sections.map(([id, norm, heading, applied, conflicts]) => ({ id, norm, heading, applied, conflicts })),
  unplaced: [],
});

const sections = [
  { id: 'summary', kind: 'summary', norm: null, heading: '' },
  { id: 'norm-g', kind: 'norm', norm: 'g', heading: '' },
  { id: 'norm-h', kind: 'norm', norm: 'h', heading: '' },
] as Section[];

describe('names of the merge versions', () => {
  const outcomes = [
    outcome('Quillon Ardent', 'merged', [['norm-g', 'g', '', 1, 0]]),
    outcome('Ines Tal', 'merged', [
      ['norm-h', 'h', '', 2, 0],
      ['summary', null, '', 1, 0],
      ['norm-g', 'g', '', 0, 0],
    ]),
    outcome('Quillon Ardent', 'already-merged', []),
    outcome('Oren Pike', 'nothing-changed', []),
  ];

  it('names before the merge everyone whose contribution is merged, once each', () => {
    expect(beforeMergeName(outcomes, texts)).toBe('Before merging contributions from Quillon Ardent, Ines Tal');
  });

  it('says after the merge who contributed what, sections without changes left out', () => {
    expect(mergedName(outcomes, sections, texts)).toBe('Merged: Quillon Ardent (Norm 7), Ines Tal (Norm 8, (summary))');
  });

  it('stays within the length a version name may have', () => {
    const many = Array.from({ length: 40 }, (_, i) => outcome(`Contributor number ${i}`, 'merged', []));
    expect(mergedName(many, sections, texts).length).toBe(MAX_VERSION_NAME);
    expect(beforeMergeName(many, texts)).toMatch(/…$/);
  });
});
