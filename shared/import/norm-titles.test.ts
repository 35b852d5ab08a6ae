// A norm section keeps the document's own wording of its heading as its title, shown and
// exported, with the norm behind it; the app's own labels and the template's short titles, in
// its six languages, stay the template's title (so the app's exports round-trip unchanged).
import { describe, expect, it } from 'vitest';
import nationalNonPaper from '../../templates/national-non-paper.template.json';
import { publicDraft } from '../collab/public-draft';
import { defaultExportOptions, exportDocx } from '../docx';
import { documentOutline } from '../docx/outline';
import { LANGUAGES } from '../model/languages';
import { sectionPlainText } from '../model/text';
import { formatNormLabel, normLabelSeparator } from '../norms/labels';
import { normHeadingLine } from '../norms/official';
import { normShortTitle } from '../norms/short-titles';
import { loadTemplates } from '../templates/schema';
import { importDocument } from './index';

const templates = loadTemplates([nationalNonPaper]);
let next = 0;
const options = () => ({ templates, now: Date.UTC(2026, 2, 1), newId: () => `id-${next++}` });

function importText(lines: string[]) {
  return importDocument({ name: 'examplia.md', bytes: new TextEncoder().encode(lines.join('\n')) }, options());
}

const DOCUMENT = [
  '# Non-paper of the Republic of Examplia on the implementation of the norms',
  '',
  'Republic of Examplia, March 2026',
  '',
  '## Norm 13(a): Inter-State cooperation on security',
  '',
  'Examplia chairs a regional contact group.',
  '',
  '## Cooperation between States on incidents (norm b)',
  '',
  'Incidents are reported to the national team within a day.',
  '',
  '## Norm 3 (UNGGE 2015 report, paragraph 13c) – States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
  '',
  'The Cybercrime Act applies to hosting providers.',
  '',
  '## Norm 4 (paragraph 13d)',
  '',
  'The prosecutors have a contact point.',
  '',
  '## 13(e) Human rights online',
  '',
  'The data protection authority reviews every request.',
];

describe("a norm section's title on import", () => {
  it("keeps the document's wording as the title, shown in the report and written in the exported heading line", async () => {
    const { draft, report } = await importText(DOCUMENT);
    const a = draft.sections.find((section) => section.norm === 'a')!;
    const b = draft.sections.find((section) => section.norm === 'b')!;
    expect(a.heading).toBe('Inter-State cooperation on security');
    expect(sectionPlainText(a.content)).toBe('Examplia chairs a regional contact group.');
    expect(b.heading).toBe('Cooperation between States on incidents');
    expect(sectionPlainText(b.content)).toBe('Incidents are reported to the national team within a day.');
    expect(report.sections.find((section) => section.norm === 'a')?.heading).toBe(
      'Inter-State cooperation on security',
    );
    // Exported with the short titles, the line is the norm's label and the document's wording.
    const lines = documentOutline(publicDraft(draft), { ...defaultExportOptions(), headingForm: 'short' }).sections;
    expect(lines.find((line) => line.section.id === a.id)?.heading?.text).toBe(
      normHeadingLine('a', 'Inter-State cooperation on security'),
    );
    // A heading that quotes the norm's official text, or a label alone, keeps the template's short title.
    const c = draft.sections.find((section) => section.norm === 'c')!;
    expect(c.heading).toBe('Prevent misuse of national territory');
    expect(draft.sections.find((section) => section.norm === 'd')?.heading).toBe(
      'Cooperate against criminal and terrorist use of ICTs',
    );
    expect(draft.sections.find((section) => section.norm === 'e')?.heading).toBe('Human rights online');
  });

  it.each(LANGUAGES)(
    'keeps the template title for the app’s own %s labels, with the official text or any short title',
    async (language) => {
      const label = (n: number, letter: 'a' | 'b' | 'c') =>
        formatNormLabel(n, letter, language) + normLabelSeparator(language);
      const { draft } = await importText([
        '# Non-paper of the Republic of Examplia on the norms',
        '',
        'Republic of Examplia, March 2026',
        '',
        `## ${normHeadingLine('a', undefined, language)}`,
        '',
        'Text a.',
        '',
        `## ${label(2, 'b')}${normShortTitle('b', language)}`,
        '',
        'Text b.',
        '',
        `## ${label(3, 'c')}Prevent misuse of national territory`,
        '',
        'Text c.',
      ]);
      expect(
        ['a', 'b', 'c'].map((letter) => draft.sections.find((section) => section.norm === letter)?.heading),
      ).toEqual([
        'Cooperate for stability and security',
        'Consider all relevant information on ICT incidents',
        'Prevent misuse of national territory',
      ]);
    },
  );

  // One Word export and one import: a second or two on a busy machine.
  it('comes back unchanged from its own Word export with the short titles', async () => {
    const { draft } = await importText(DOCUMENT);
    const short = { ...defaultExportOptions(), headingForm: 'short' as const };
    const first = await exportDocx(publicDraft(draft), short, { now: new Date(Date.UTC(2026, 2, 2)) });
    const { draft: back } = await importDocument({ name: 'examplia.docx', bytes: first }, options());
    expect(['a', 'b', 'c'].map((letter) => back.sections.find((section) => section.norm === letter)?.heading)).toEqual([
      'Inter-State cooperation on security',
      'Cooperation between States on incidents',
      'Prevent misuse of national territory',
    ]);
  }, 15_000);
});
