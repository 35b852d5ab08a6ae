// Norm headings written as plain paragraphs: in Markdown (the labels the app's own export writes
// in its six languages among them) and as "**Norm 1 (…)**" lines in a text file.
import { describe, expect, it } from 'vitest';
import nationalNonPaper from '../../templates/national-non-paper.template.json';
import { NORM_LETTERS, type Draft, type NormLetter } from '../model/draft';
import { LANGUAGES } from '../model/languages';
import { bodyText } from '../model/text';
import { normHeadingLine, normLabel } from '../norms/official';
import { loadTemplates } from '../templates/schema';
import { importDocument } from './index';

const templates = loadTemplates([nationalNonPaper]);

async function importText(name: string, text: string) {
  let next = 0;
  return importDocument(
    { name, bytes: new TextEncoder().encode(text) },
    { templates, now: Date.UTC(2026, 2, 1), newId: () => `id-${next++}` },
  );
}

const normText = (draft: Draft, letter: NormLetter) =>
  bodyText(draft.sections.find((section) => section.kind === 'norm' && section.norm === letter)!.content).body;

describe('norm headings written as plain paragraphs', () => {
  it.each(LANGUAGES)('reads the labels of the export in %s, in a Markdown file, as norm headings', async (language) => {
    const lines = ['# Non-paper of the Republic of Examplia', ''];
    for (const [i, letter] of NORM_LETTERS.entries()) {
      const heading = i % 2 === 0 ? normHeadingLine(letter, undefined, language) : normLabel(letter, language);
      lines.push(heading, '', `Examplia reports on ${letter} in this paragraph.`, '');
    }
    lines.push('Norm 7 is implemented by the national CERT, which reports to parliament.', '');
    lines.push(
      'Norm 11 (13k): Examplia answers requests from other CERTs within a day, as its law on the security of networks and information systems requires. It also trains the staff of the CERTs of two neighbouring States every year.',
      '',
    );
    const { draft, report } = await importText('submission.md', lines.join('\n'));
    expect(report.normsFound).toEqual([...NORM_LETTERS]);
    for (const letter of NORM_LETTERS) expect(normText(draft, letter)).toContain(`reports on ${letter} in this`);
    // Prose that starts with a norm's name is not a heading: it stays in the last norm's text.
    expect(normText(draft, 'k')).toContain('Norm 7 is implemented by the national CERT');
    // Nor is a paragraph that goes on after a run-in label: its text stays.
    expect(normText(draft, 'k')).toContain('It also trains the staff of the CERTs');
  });

  it('reads "**Norm 1 (…)**" and "Norm 13 (a)" lines in a text file as norm headings, without the asterisks', async () => {
    const lines = ['Non-paper of the Republic of Examplia', ''];
    for (const [i, letter] of NORM_LETTERS.entries()) {
      const heading = i === 0 ? 'Norm 13 (a)' : `**${normLabel(letter)}**`;
      lines.push(heading, '', `Examplia reports on ${letter} in this paragraph.`, '');
    }
    const { draft, report } = await importText('submission.txt', lines.join('\n'));
    expect(report.normsFound).toEqual([...NORM_LETTERS]);
    for (const letter of NORM_LETTERS)
      expect(normText(draft, letter)).toBe(`Examplia reports on ${letter} in this paragraph.`);
    const all = draft.sections.map((section) => `${section.heading} ${bodyText(section.content).body}`).join(' ');
    expect(all).not.toContain('*');
  });
});
