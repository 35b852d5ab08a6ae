import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import type { Draft, Section } from '../model/draft';
import { footnoteNode, headingNode, paragraphNode, rootState, textNode } from '../model/empty';
import { TEXT_FORMAT } from '../model/lexical-json';
import { createDraft } from '../templates/create-draft';
import { parseTemplate } from '../templates/schema';
import { hasTextBeyondHeadings, sectionsLeftOut, sectionsToExport } from './empty-sections';

const env = () => {
  let n = 0;
  return { now: 0, newId: () => `id${(n += 1)}` };
};
const params = {
  submitter: 'Republic of Examplia',
  forum: 'Examplia Regional Dialogue 2026',
  language: 'en' as const,
  date: '2026-05-12',
};
const runIn = (label: string) => paragraphNode([textNode(label, TEXT_FORMAT.bold)], TEXT_FORMAT.bold);
const written = rootState([paragraphNode([textNode('Examplia adopted its Cyber Security Act in 2024.')])]);

function fill(draft: Draft, pick: (s: Section) => boolean): Draft {
  return { ...draft, sections: draft.sections.map((s) => (pick(s) ? { ...s, content: written } : s)) };
}

describe('sections with nothing written', () => {
  it('count headings and suggested sub-headings without text under them as empty', () => {
    expect(hasTextBeyondHeadings(rootState([runIn('Regulatory framework: '), runIn('Challenges: ')]))).toBe(false);
    expect(
      hasTextBeyondHeadings(rootState([headingNode('h2', [textNode('International law')]), paragraphNode()])),
    ).toBe(false);
    expect(hasTextBeyondHeadings(rootState([runIn('Cadre réglementaire\u00A0: '), runIn('监管框架：')]))).toBe(false);
  });

  it('count any text after a sub-heading, a bold sentence or a footnote as written', () => {
    expect(
      hasTextBeyondHeadings(
        rootState([
          paragraphNode([textNode('Regulatory framework: ', TEXT_FORMAT.bold), textNode('the Act of 2024.')]),
        ]),
      ),
    ).toBe(true);
    expect(hasTextBeyondHeadings(rootState([runIn('Examplia supports the norms.')]))).toBe(true);
    expect(hasTextBeyondHeadings(rootState([paragraphNode([footnoteNode(['Cyber Security Act 2024.'])])]))).toBe(true);
  });

  it('are all left out of a fresh national non-paper but its title block and closing line, whatever their kind', () => {
    const draft = fill(createDraft(parseTemplate(national), params, env()), (s) => s.norm === 'c');
    const kept = sectionsToExport(draft.sections, false);
    expect(kept.map((s) => s.kind)).toEqual(['title', 'norm', 'closing']);
    expect(kept[1]?.norm).toBe('c');
    const leftOut = sectionsLeftOut(draft.sections, false).map((s) => s.kind);
    expect(new Set(leftOut)).toEqual(new Set(['summary', 'approach', 'general', 'norm']));
    expect(sectionsToExport(draft.sections, true)).toEqual(draft.sections);
    expect(sectionsLeftOut(draft.sections, true)).toEqual([]);
  });

  it('keep the "Norm-by-norm" heading of a contribution only while a norm under it is written', () => {
    const blank = createDraft(parseTemplate(stakeholder), { ...params, submitter: 'Examplia Civic Network' }, env());
    const group = blank.sections.find((s) => s.kind === 'general' && !s.guidanceKeys)!;
    expect(sectionsLeftOut(blank.sections, false)).toContain(group);
    const oneNorm = fill(blank, (s) => s.norm === 'k');
    expect(sectionsToExport(oneNorm.sections, false).map((s) => s.heading)).toEqual([
      blank.sections[0]!.heading,
      group.heading,
      oneNorm.sections.find((s) => s.norm === 'k')!.heading,
    ]);
  });
});
