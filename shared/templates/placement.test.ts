// Import and template change place content with one rule (placement.ts): the same content goes to
// the same section of every shipped template, whichever path brings it.
import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import type { NormLetter, Section, SectionKind } from '../model/draft';
import { paragraphState } from '../model/empty';
import { sectionPlainText } from '../model/text';
import { placeSegments } from '../import/map/place';
import type { Segment } from '../import/map/segments';
import { WarningLog } from '../import/warnings';
import { changeTemplate } from './change-template';
import { createDraft } from './create-draft';
import { placeInSections } from './placement';
import { loadTemplates } from './schema';

const templates = loadTemplates([national, stakeholder, normsOnly]);
const env = () => {
  let n = 0;
  return { now: 1, newId: () => `id-${++n}` };
};

/** What a draft section of this kind holds, and what an imported part under such a heading holds. */
const CONTENT: { kind: SectionKind; norm: NormLetter | null; text: string }[] = [
  { kind: 'summary', norm: null, text: 'Examplia summarises its efforts.' },
  { kind: 'general', norm: null, text: 'Examplia adopted a national strategy.' },
  { kind: 'norm', norm: 'c', text: 'Examplia does not allow its territory to be used.' },
  { kind: 'norm', norm: 'k', text: 'Examplia protects its emergency response teams.' },
  { kind: 'closing', norm: null, text: 'Examplia looks forward to the discussion.' },
];

function segment(kind: SectionKind, norm: NormLetter | null, text: string): Segment {
  const role = kind === 'general' ? 'efforts' : kind;
  return {
    role: role as Segment['role'],
    norm,
    // A draft's closing section is its date line, which a document has without a heading.
    heading: kind === 'closing' ? '' : kind,
    headingBlock: null,
    level: 1,
    blocks: [{ kind: 'paragraph', inlines: [{ kind: 'text', text }] } as never],
  };
}

describe('placement', () => {
  it('joins repeated content in the first section of its place on import, and gives each its own section on a template change', () => {
    const sections = [
      { kind: 'general' as const },
      { kind: 'norm' as const, norm: 'a' as const },
      { kind: 'general' as const },
    ];
    const twoGenerals = [
      [{ kind: 'general' as const }],
      [{ kind: 'general' as const }],
      [{ kind: 'general' as const }],
    ];
    expect(placeInSections(sections, twoGenerals, 'join')).toEqual([0, 0, 0]);
    expect(placeInSections(sections, twoGenerals, 'next')).toEqual([0, 2, -1]);
    expect(
      placeInSections(
        sections,
        [[{ kind: 'approach' }, { kind: 'general' }], [{ kind: 'general', beforeNorms: true }], [{ kind: 'closing' }]],
        'join',
      ),
    ).toEqual([0, 0, -1]);
  });

  for (const target of templates) {
    it(`places the same content in the same sections of "${target.id}" on import and on a template change`, () => {
      const source = createDraft(
        templates.find((t) => t.id === 'national-non-paper')!,
        { submitter: 'Republic of Examplia', forum: '', language: 'en', date: '2026-05-12' },
        env(),
      );
      const sections: Section[] = source.sections.map((section) => {
        const content = CONTENT.find((c) => c.kind === section.kind && c.norm === section.norm);
        return content ? { ...section, status: 'drafting', content: paragraphState([content.text]) } : section;
      });
      const changed = changeTemplate({ ...source, sections }, target, env()).draft;
      const byTemplateChange = CONTENT.map((c) =>
        changed.sections.findIndex((s, i) => i < target.sections.length && sectionPlainText(s.content) === c.text),
      );

      const imported = placeSegments(
        target,
        CONTENT.map((c) => segment(c.kind, c.norm, c.text)),
        new WarningLog(),
      );
      const byImport = CONTENT.map(
        (c) =>
          [...imported.placed.values()].find((p) => p.blocks.some((b) => JSON.stringify(b).includes(c.text)))
            ?.section ?? -1,
      );

      expect(byImport).toEqual(byTemplateChange);
      // Every norm has its place in every template.
      expect(byImport[2]).toBe(target.sections.findIndex((s) => s.norm === 'c'));
    });
  }
});
