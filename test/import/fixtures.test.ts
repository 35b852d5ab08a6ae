// The two realistic fixtures (a State's non-paper with bold-paragraph norm headings, an NGO's
// contribution with Heading-style headings in the "13(x)" and norm-text forms), imported as Word
// documents made by pandoc, as Markdown and as pandoc's plain text: every norm placed, every
// footnote kept with its text, lettered lists still lettered, what fits nowhere reported.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NORM_LETTERS } from '../../shared/model/draft';
import { LETTERED_LIST_STYLE } from '../../shared/model/lexical-json';
import { sectionPlainText } from '../../shared/model/text';
import { sectionWordCount } from '../../shared/model/words';
import { FIXTURES, footnoteTexts, importFile, lists, pandoc, tempDir } from './support';

const FIXTURE_CASES = [
  {
    file: 'examplia-non-paper',
    template: 'national-non-paper',
    submitter: 'Republic of Examplia',
    own: [['Annex – List of abbreviations', 'NCRC: National Cyber Response Centre']],
  },
  {
    file: 'edrf-contribution',
    template: 'stakeholder-contribution',
    submitter: 'Examplia Digital Rights Forum',
    own: [
      ['About the Forum', 'network of fourteen civil society organisations'],
      ['Annex: Participating organisations', 'organisations that contributed to this paper'],
    ],
  },
] as const;

/** What the Markdown source itself says: its footnotes' URLs and how many lettered lists it has. */
function expectations(markdown: string) {
  const notes = [...markdown.matchAll(/^\[\^\d+\]: (.*)$/gm)].map((m) => m[1]!);
  return {
    noteUrls: notes.map((note) => /<((?:https?|mailto):[^>]+)>/.exec(note)![1]!.replace(/^mailto:/, '')),
    letteredLists: (markdown.match(/^\s*a\. \*\*/gm) ?? []).length,
  };
}

let dir: string;
beforeAll(() => {
  dir = tempDir('fixtures');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(FIXTURE_CASES)('$file', ({ file, template, submitter, own }) => {
  const source = join(FIXTURES, `${file}.md`);
  const markdown = readFileSync(source, 'utf8');
  const expected = expectations(markdown);

  it.each(['docx', 'md', 'txt'])('imports the %s version onto the right template with all 11 norms', async (format) => {
    const input = format === 'md' ? source : join(dir, `${file}.${format}`);
    if (format !== 'md') pandoc([source, '-o', input, ...(format === 'txt' ? ['-t', 'plain'] : [])]);
    const { draft, report } = await importFile(input);

    expect(report.templateId).toBe(template);
    expect(report.templateDetected).toBe(true);
    expect(draft.fields.submitter).toBe(submitter);
    expect(report.normsFound).toEqual([...NORM_LETTERS]);
    expect(report.normsMissing).toEqual([]);
    for (const letter of NORM_LETTERS) {
      const section = draft.sections.find((s) => s.kind === 'norm' && s.norm === letter)!;
      expect(sectionWordCount(section.content), `norm ${letter}`).toBeGreaterThan(10);
    }

    // Every footnote, in order, with its web address.
    expect(report.footnotesKept).toBe(expected.noteUrls.length);
    const notes = footnoteTexts(draft);
    expect(notes).toHaveLength(expected.noteUrls.length);
    expected.noteUrls.forEach((url, i) => expect(notes[i]).toContain(url));

    // A heading the template has no section for is a section of its own, and the report says so.
    for (const [heading, text] of own) {
      const section = draft.sections.find((s) => s.kind === 'other' && s.heading === heading);
      expect(section && sectionPlainText(section.content), heading).toContain(text);
      expect(report.warnings).toContainEqual({ code: 'heading-own-section', params: { heading } });
    }
  });

  it('keeps lettered lists lettered, with their bold lead phrases, in the Word version', async () => {
    const input = join(dir, `${file}-lists.docx`);
    pandoc([source, '-o', input]);
    const { draft } = await importFile(input);
    const all = draft.sections.flatMap((section) => lists(section.content));
    const lettered = all.filter((list) => list.$?.listStyle === LETTERED_LIST_STYLE);
    expect(lettered).toHaveLength(expected.letteredLists);
    for (const list of lettered) {
      expect(list.listType).toBe('number');
      for (const item of list.children) {
        const first = item.type === 'listitem' ? item.children[0] : undefined;
        expect(first).toMatchObject({ type: 'text', format: 1 });
      }
    }
    expect(all.some((list) => list.listType === 'bullet')).toBe(true);
  });
});

describe('the contribution with unsafe links', () => {
  it('keeps the text of a file: and a javascript: link, drops the links, and says so', async () => {
    const input = join(dir, 'links.docx');
    pandoc([join(FIXTURES, 'edrf-contribution.md'), '-o', input]);
    const { draft, report } = await importFile(input);
    const json = JSON.stringify(draft);
    expect(json).not.toMatch(/"url":"(?:file|javascript):/);
    expect(json).toContain('the shared drive copy');
    expect(report.warnings.filter((w) => w.code === 'unsafe-link-dropped').map((w) => String(w.params.url))).toEqual([
      'file:///C:/Users/edrf/e-evidence.docx',
      "javascript:alert('report')",
    ]);
  });

  it('writes nothing in the Markdown file it reads', async () => {
    const copy = join(dir, 'copy.md');
    const original = readFileSync(join(FIXTURES, 'edrf-contribution.md'));
    writeFileSync(copy, original);
    await importFile(copy);
    expect(readFileSync(copy).equals(original)).toBe(true);
  });
});
