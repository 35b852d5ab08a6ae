// Placing and naming: the document's own headings stay the sections' names, headings the template
// has no section for become sections of their own, a norm heading broken in two is joined, and
// the report lists every guess (never "everything was placed" then). Markdown and plain text here;
// every reader goes through the same mapping (map/ and build-draft.ts).
import { describe, expect, it } from 'vitest';
import nationalNonPaper from '../../templates/national-non-paper.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import { publicDraft } from '../collab/public-draft';
import { languageProfile } from '../docx/language';
import { corePropertiesXml } from '../docx/metadata';
import { defaultExportOptions } from '../docx/options';
import { documentOutline } from '../docx/outline';
import { sectionPlainText } from '../model/text';
import { loadTemplates } from '../templates/schema';
import { importDocument } from './index';
import { placingOutcome } from './report';

const templates = loadTemplates([nationalNonPaper, stakeholder, normsOnly]);
const encode = (text: string) => new TextEncoder().encode(text);

function importText(name: string, lines: string[]) {
  let next = 0;
  return importDocument(
    { name, bytes: encode(lines.join('\n')) },
    { templates, now: Date.UTC(2026, 2, 1), newId: () => `id-${next++}` },
  );
}

const NON_PAPER = [
  '# Non-paper of the Republic of Examplia on the implementation of the norms',
  '',
  'Republic of Examplia, March 2026',
  '',
  "## Examplia's own approach",
  '',
  'Examplia treats cyberspace as a shared space.',
  '',
  '## Norm 3 (paragraph 13c)',
  '',
  'The Examplian Cybercrime Act applies to hosting providers.',
  '',
  '## Norm 11 (paragraph 13k) – States should not conduct or knowingly support activity to harm',
  '',
  '## the information systems of authorized emergency response teams',
  '',
  'The national response team works under its own statute.',
  '',
  '## Concluding remarks',
  '',
  'Examplia looks forward to the discussion in the working group.',
  '',
  'Date: 05/09/2026',
];

describe('placing and naming on import', () => {
  it("keeps the document's heading as the section's name, shown and exported, with the template's kind behind it", async () => {
    const { draft, report } = await importText('examplia.md', NON_PAPER);
    const approach = draft.sections.find((s) => s.kind === 'approach')!;
    expect(approach.heading).toBe("Examplia's own approach");
    expect(sectionPlainText(approach.content)).toContain('shared space');
    const exported = documentOutline(publicDraft(draft), defaultExportOptions()).sections.find(
      (s) => s.section.id === approach.id,
    );
    expect(exported?.heading?.text).toBe("Examplia's own approach");
    // Taking it for the template's "National approach" was a guess, and the report says so.
    expect(report.warnings).toContainEqual({
      code: 'heading-guessed',
      params: { heading: "Examplia's own approach", section: 'National approach' },
    });
  });

  it('makes a heading the template does not know a section of its own, before the date line', async () => {
    const { draft, report } = await importText('examplia.md', NON_PAPER);
    const names = draft.sections.map((s) => s.heading);
    const own = draft.sections.find((s) => s.heading === 'Concluding remarks')!;
    expect(own.kind).toBe('other');
    expect(sectionPlainText(own.content)).toBe('Examplia looks forward to the discussion in the working group.');
    const normK = draft.sections.find((s) => s.norm === 'k')!;
    expect(names.indexOf('Concluding remarks')).toBe(draft.sections.indexOf(normK) + 1);
    // The date section holds the date line only.
    const closing = draft.sections.find((s) => s.kind === 'closing')!;
    expect(sectionPlainText(closing.content)).toBe('Date: 05/09/2026');
    expect(sectionPlainText(normK.content)).not.toContain('looks forward');
    expect(report.unplacedSectionId).toBeNull();
    expect(report.warnings).toContainEqual({ code: 'heading-own-section', params: { heading: 'Concluding remarks' } });
  });

  it('joins a norm heading broken over two lines instead of leaving its end as the first line of the body', async () => {
    const { draft, report } = await importText('examplia.md', NON_PAPER);
    const normK = draft.sections.find((s) => s.norm === 'k')!;
    expect(sectionPlainText(normK.content)).toBe('The national response team works under its own statute.');
    expect(draft.sections.some((s) => s.heading.startsWith('the information systems'))).toBe(false);
    expect(report.warnings).toContainEqual({
      code: 'norm-heading-joined',
      params: {
        norm: 'k',
        heading:
          'Norm 11 (paragraph 13k) – States should not conduct or knowingly support activity to harm the information systems of authorized emergency response teams',
      },
    });
  });

  it('never says everything was placed when the report lists guesses', async () => {
    const guessed = await importText('examplia.md', NON_PAPER);
    expect(guessed.report.unplaced).toEqual([]);
    expect(placingOutcome(guessed.report)).toBe('with-notes');

    const plain = await importText('notes.txt', [
      'Non-paper of the Republic of Examplia on the norms',
      '',
      'Republic of Examplia, May 2026',
      '',
      '13(c) Territory',
      '',
      'The Cybercrime Act applies.',
    ]);
    expect(plain.report.warnings).toEqual([]);
    expect(placingOutcome(plain.report)).toBe('all');
  });

  it('keeps a second heading of the same kind as a sub-heading and says the parts were joined', async () => {
    const { draft, report } = await importText('edrf.md', [
      '# Contribution of the Examplia Open Networks Circle on the norms',
      '',
      'This contribution is submitted by the Examplia Open Networks Circle in its own name.',
      '',
      '## Ongoing efforts by stakeholders',
      '',
      'Workshops with operators.',
      '',
      '## Multistakeholder initiatives',
      '',
      'A regional hotline.',
      '',
      '## 13(j) Vulnerabilities',
      '',
      'A disclosure pledge.',
    ]);
    const efforts = draft.sections.find((s) => s.heading === 'Ongoing efforts by stakeholders')!;
    expect(sectionPlainText(efforts.content)).toContain('Multistakeholder initiatives');
    expect(sectionPlainText(efforts.content)).toContain('A regional hotline.');
    expect(report.warnings).toContainEqual({
      code: 'heading-joined',
      params: { heading: 'Multistakeholder initiatives' },
    });
  });

  it("leaves the submitter empty when the document names none, so no invented name becomes the Word file's author", async () => {
    const { draft, report } = await importText('notes.md', [
      '# Notes on the norms',
      '',
      '## 13(c) Territory',
      '',
      'The Cybercrime Act applies.',
    ]);
    expect(report.submitterFound).toBe(false);
    expect(draft.fields.submitter).toBe('');
    const core = corePropertiesXml(
      draft,
      { ...defaultExportOptions(), authorMode: 'submitter' },
      { now: new Date(0) },
      languageProfile('en'),
    );
    expect(core).not.toContain('<dc:creator>');
  });
});
