// Each template carries the 11 norms, and each norm's heading quotes the official text of
// A/70/174 paragraph 13 verbatim. The literal excerpts below were copied from the official
// text, so a damaged data file fails here even if every other test reads the same file.
import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import official from '../../templates/norms.official.json';
import { createDraft } from './create-draft';
import { loadTemplates } from './schema';
import { NORM_LETTERS } from '../model/draft';
import { normHeadingLine, officialNorm } from '../norms/official';

const EXCERPTS: Record<string, string[]> = {
  a: [
    'Consistent with the purposes of the United Nations',
    'ICT practices that are acknowledged to be harmful or that may pose threats to international peace and security.',
  ],
  b: [
    'including the larger context of the event, the challenges of attribution in the ICT environment and the nature and extent of the consequences.',
  ],
  e: [
    'Human Rights Council resolutions 20/8 and 26/13',
    'General Assembly resolutions 68/167 and 69/166 on the right to privacy in the digital age',
  ],
  g: [
    'taking into account General Assembly resolution 58/199 on the creation of a global culture of cybersecurity and the protection of critical information infrastructures, and other relevant resolutions.',
  ],
  k: [
    'authorized emergency response teams (sometimes known as computer emergency response teams or cybersecurity incident response teams) of another State.',
    'A State should not use authorized emergency response teams to engage in malicious international activity.',
  ],
};

describe('official norm texts in the templates', () => {
  const templates = loadTemplates([national, stakeholder, normsOnly]);

  for (const template of templates) {
    it(`${template.id} has the 11 norms, a to k, in order, each heading quoting the official text verbatim`, () => {
      let n = 0;
      const draft = createDraft(
        template,
        { submitter: 'Republic of Examplia', forum: '', language: 'en', date: '2025-09-05' },
        { now: 0, newId: () => `s${++n}` },
      );
      const norms = draft.sections.filter((s) => s.kind === 'norm');
      expect(norms.map((s) => s.norm)).toEqual([...NORM_LETTERS]);
      for (const section of norms) {
        const entry = official.norms.find((o) => o.letter === section.norm)!;
        expect(normHeadingLine(section.norm!)).toBe(
          `Norm ${entry.number} (UNGGE 2015 report, paragraph 13${entry.letter}) – ${entry.officialText.en}`,
        );
      }
    });
  }

  it('matches excerpts copied from A/70/174 paragraph 13', () => {
    for (const [letter, excerpts] of Object.entries(EXCERPTS)) {
      const text = officialNorm(letter as (typeof NORM_LETTERS)[number]).officialTextEn;
      for (const excerpt of excerpts) expect(text).toContain(excerpt);
    }
    expect(officialNorm('c').officialTextEn).toBe(
      'States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
    );
    expect(officialNorm('k').number).toBe(11);
  });
});
