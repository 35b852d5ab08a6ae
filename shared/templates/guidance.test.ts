import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import { loadTemplates } from './schema';
import { headingKeyCandidates, sectionHints } from './guidance';

const templates = loadTemplates([national, stakeholder]);

describe('sectionHints', () => {
  it("uses the section's own keys when it has them", () => {
    expect(
      sectionHints({ kind: 'norm', norm: 'g', guidanceKeys: ['norm.g.guidance.1'], subheadingKeys: [] }, templates),
    ).toEqual({ guidanceKeys: ['norm.g.guidance.1'], subheadingKeys: [] });
  });

  it("gives an imported norm section the prompts of its draft's template", () => {
    const hints = sectionHints({ kind: 'norm', norm: 'e' }, templates, 'stakeholder-contribution');
    expect(hints.guidanceKeys).toContain('guidance.stakeholderNorm');
    expect(sectionHints({ kind: 'norm', norm: 'e' }, templates, 'unknown-template').guidanceKeys[0]).toBe(
      'norm.e.guidance.1',
    );
  });

  it('gives nothing to sections without prompts', () => {
    expect(sectionHints({ kind: 'other', norm: null }, templates)).toEqual({ guidanceKeys: [], subheadingKeys: [] });
  });
});

describe('headingKeyCandidates', () => {
  it('names the template headings a section of that kind and norm can carry', () => {
    expect(headingKeyCandidates({ kind: 'norm', norm: 'g' }, templates)).toEqual(['norm.g.title']);
    expect(headingKeyCandidates({ kind: 'summary', norm: null }, templates)).toContain('section.summary');
    expect(headingKeyCandidates({ kind: 'other', norm: null }, templates)).toEqual([]);
  });
});
