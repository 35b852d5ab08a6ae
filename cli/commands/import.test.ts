// `import` in-process and as a real process: the report is printed (or JSON), the draft written
// atomically; bad input gives one line on stderr, exit code 1, and no file.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNormdraft } from '../../shared/format/normdraft';
import type { ImportReport } from '../../shared/import/index';
import { reviewedWordFile } from '../../test/fixtures/reviewed-word';
import { writeTestPdf } from '../../test/import/pdf-writer';
import arabicTexts from '../../locales/ar/templates.json';
import { publicDraft } from '../../shared/collab/public-draft';
import { defaultExportOptions, exportDocx } from '../../shared/docx';
import { exampliaShortNonPaper } from '../../test/fixtures/examplia-languages';
import { nodeIo, type CliIo } from '../io';
import { run as info } from './info';
import { run } from './import';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(root, 'test', 'import', 'fixtures', name);
let dir: string;

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { ...nodeIo, stdout: (line) => out.push(...line.split('\n')), stderr: (line) => err.push(line) },
    out,
    err,
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'norms-drafter-cli-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import command', () => {
  it('writes the draft and prints the import report', async () => {
    const output = join(dir, 'examplia.normdraft');
    const { io, out, err } = capture();
    expect(await run([fixture('examplia-non-paper.md'), '-o', output], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual(
      expect.arrayContaining([
        'Format: Markdown',
        'Template chosen from the document: national-non-paper (state)',
        'Norms found: 11 of 11',
        'All 11 norms were found.',
        'Footnotes kept: 22',
        '  Annex – List of abbreviations — words: 9',
        'Everything was placed in a section, but not all of it as the document had it: see the notes on the import.',
        '  - “Annex – List of abbreviations” is not a section of the template: it became a section of its own.',
      ]),
    );
    expect(out.some((line) => /^ {2}Norm 7 \(13g\) .+ — words: \d+$/.test(line))).toBe(true);

    const draft = parseNormdraft(await import('node:fs/promises').then((fs) => fs.readFile(output, 'utf8')));
    expect(draft.fields.submitter).toBe('Republic of Examplia');
    const described = capture();
    expect(await info([output, '--json'], described.io)).toBe(0);
    const summary = JSON.parse(described.out.join('\n')) as { sections: Array<{ norm: string | null; words: number }> };
    expect(summary.sections.filter((s) => s.norm !== null && s.words > 0)).toHaveLength(11);
  });

  it('prints the report as JSON and uses the template asked for', async () => {
    const output = join(dir, 'edrf.normdraft');
    const { io, out } = capture();
    expect(await run([fixture('edrf-contribution.md'), '-o', output, '--template', 'norms-only', '--json'], io)).toBe(
      0,
    );
    const printed = JSON.parse(out.join('\n')) as {
      output: string;
      report: { templateId: string; templateDetected: boolean; normsFound: string[] };
    };
    expect(printed).toMatchObject({ output, report: { templateId: 'norms-only', templateDetected: false } });
    expect(printed.report.normsFound).toHaveLength(11);
  });

  it.each([
    [
      'a .docx that is text',
      'fake.docx',
      'Just text.\n',
      'The file is named .docx but contains plain text, not a Word document. If it is text, rename it to .txt or .md.',
    ],
    [
      'a .txt that is a ZIP',
      'fake.txt',
      'PK\u0003\u0004rest',
      'The file is named .txt but is a compressed archive (for example a Word document), not text. If it is a Word document, rename it to .docx.',
    ],
    ['an empty file', 'empty.md', '', 'The file contains no text to import.'],
  ])('refuses %s in one line, writing nothing', async (_, name, content, message) => {
    const input = join(dir, name);
    writeFileSync(input, content);
    const output = join(dir, `${name}.normdraft`);
    const { io, out, err } = capture();
    expect(await run([input, '-o', output], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([`error: ${input}: ${message}`]);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('says what a Word file under review held, takes its changes, or leaves them with --reject-changes', async () => {
    const file = join(dir, 'reviewed.docx');
    writeFileSync(file, await reviewedWordFile());
    const taken = capture();
    expect(await run([file, '-o', join(dir, 'taken.normdraft')], taken.io)).toBe(0);
    expect(taken.out).toEqual(
      expect.arrayContaining([
        'Tracked changes and comments in the file:',
        '  Tracked changes: 4 (by Legal Adviser & Co, Policy Unit).',
        '  Run again with --reject-changes to import the text as it was before them.',
        '  Comments, listed here and not put in the draft: 2',
        '    - Legal Adviser & Co: Which regulator is meant?',
        '    - Policy Unit: Agreed with the ministry.',
      ]),
    );
    const normText = (output: string) =>
      JSON.stringify(parseNormdraft(readFileSync(output, 'utf8')).sections.find((s) => s.norm === 'g')?.content);
    expect(normText(join(dir, 'taken.normdraft'))).toContain('energy and ');

    const left = capture();
    expect(await run([file, '-o', join(dir, 'left.normdraft'), '--reject-changes', '--json'], left.io)).toBe(0);
    const { report } = JSON.parse(left.out.join('\n')) as { report: ImportReport };
    expect(report.review).toMatchObject({ insertions: 2, deletions: 2, changes: 'reject' });
    expect(normText(join(dir, 'left.normdraft'))).not.toContain('energy and ');
    expect(normText(join(dir, 'left.normdraft'))).toContain(' in every region');
  });

  it('imports a PDF, and refuses a password-protected one in one line, writing nothing', async () => {
    const lines = [
      'Norm 1 (13a) Cooperate for stability and security',
      '',
      'Examplia hosts a regional dialogue',
      'every year, with nine States.',
    ];
    const input = join(dir, 'paper.pdf');
    writeFileSync(input, writeTestPdf({ lines }));
    const output = join(dir, 'paper.normdraft');
    const done = capture();
    expect(await run([input, '-o', output], done.io)).toBe(0);
    expect(done.out).toEqual(expect.arrayContaining(['Format: PDF', 'Norms found: 1 of 11']));
    expect(existsSync(output)).toBe(true);

    const locked = join(dir, 'locked.pdf');
    writeFileSync(locked, writeTestPdf({ lines, encrypted: true }));
    const refused = capture();
    expect(await run([locked, '-o', join(dir, 'locked.normdraft')], refused.io)).toBe(1);
    expect(refused.err).toEqual([
      `error: ${locked}: The PDF is protected by a password. Open it in a PDF reader, save or print a copy without the password and import that copy.`,
    ]);
    expect(existsSync(join(dir, 'locked.normdraft'))).toBe(false);
  });

  it('names the sections in the language of the document, as the app does', async () => {
    const source = join(dir, 'examplia-ar.docx');
    writeFileSync(
      source,
      await exportDocx(publicDraft(exampliaShortNonPaper('ar')), defaultExportOptions(), { now: new Date() }),
    );
    const output = join(dir, 'examplia-ar.normdraft');
    const { io, out } = capture();
    expect(await run([source, '-o', output], io)).toBe(0);
    const draft = parseNormdraft(readFileSync(output, 'utf8'));
    expect(draft.language).toBe('ar');
    const heading = (kind: string, norm: string | null = null) =>
      draft.sections.find((s) => s.kind === kind && s.norm === norm)!.heading;
    expect(heading('summary')).toBe(arabicTexts.section.summary);
    expect(heading('approach')).toBe(arabicTexts.section.approach);
    expect(heading('norm', 'g')).toBe(arabicTexts.norm.g.title);
    expect(out).toContain(`  ${arabicTexts.section.summary} — words: 14`);
  });

  it('refuses an unknown template and missing arguments', async () => {
    const unknown = capture();
    expect(
      await run([fixture('edrf-contribution.md'), '-o', join(dir, 'x.normdraft'), '--template', 'nope'], unknown.io),
    ).toBe(1);
    expect(unknown.err).toEqual([
      `error: ${fixture('edrf-contribution.md')}: There is no template with the id “nope”.`,
    ]);
    const missing = capture();
    expect(await run([fixture('edrf-contribution.md')], missing.io)).toBe(2);
    expect(missing.err).toEqual(['error: missing required option -o <file.normdraft> (see: import --help)']);
  });

  // A real process: tsx compiles the command line before it runs, several seconds on a busy machine.
  it('runs as `npm run cli -- import` in a real process', async () => {
    const output = join(dir, 'process.normdraft');
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(
      tsx,
      [join(root, 'cli', 'main.ts'), 'import', fixture('edrf-contribution.md'), '-o', output],
      { cwd: root, timeout: 60_000 },
    );
    expect(stdout).toContain('Template chosen from the document: stakeholder-contribution (stakeholder)');
    expect(parseNormdraft(await import('node:fs/promises').then((fs) => fs.readFile(output, 'utf8'))).templateId).toBe(
      'stakeholder-contribution',
    );
  }, 30_000);
});
