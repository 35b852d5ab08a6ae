// `export` in-process and as a real process: options reach the document, bad input and
// unwritable output paths give one clear line and leave no file behind.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { examplia } from '../../test/docx/fixtures/examplia-en';
import { capacitySurvey, PUBLIC_NEEDS } from '../../test/fixtures/capacity-survey';
import { pandocMarkdown, part, partNames, tempDir } from '../../test/docx/support';
import { nodeIo, type CliIo } from '../io';
import { run } from './export';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let input: string;

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...nodeIo, stdout: (line) => out.push(line), stderr: (line) => err.push(line) }, out, err };
}

beforeAll(() => {
  dir = tempDir('cli-export');
  input = join(dir, 'examplia.normdraft');
  writeFileSync(input, serializeNormdraft(examplia));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export command', () => {
  it('writes the Word document with the options asked for', async () => {
    const output = join(dir, 'options.docx');
    const { io, out, err } = capture();
    const args = [
      input,
      '-o',
      output,
      '--short-headings',
      '--header',
      'Unclassified',
      '--no-author',
      '--no-timestamps',
    ];
    expect(await run(args, io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      expect.stringContaining(`Exported ${output}`),
      'Left out, no text yet (--include-empty keeps them): Norm 10 (UNGGE 2015 report, paragraph 13j) – Reporting vulnerabilities.',
    ]);
    const markdown = pandocMarkdown(output);
    expect(markdown).toContain('Norm 7 (UNGGE 2015 report, paragraph 13g) – Protecting critical infrastructure');
    expect(markdown).not.toContain('paragraph 13j');
    const header = partNames(output).find((name) => /^word\/header\d+\.xml$/.test(name));
    expect(part(output, header!)).toContain('Unclassified');
    expect(part(output, 'docProps/core.xml')).not.toMatch(/creator|lastModifiedBy|dcterms:created/);
  });

  it('adds the Capacity needs annex to a survey with public needs only, and leaves it out with --no-capacity', async () => {
    const survey = join(dir, 'survey.normdraft');
    writeFileSync(survey, serializeNormdraft(capacitySurvey()));
    const annex = (output: string) => part(output, 'word/document.xml').split('Details of the assistance')[1] ?? '';
    const withAnnex = join(dir, 'survey.docx');
    expect(await run([survey, '-o', withAnnex], capture().io)).toBe(0);
    for (const need of PUBLIC_NEEDS) expect(annex(withAnnex)).toContain(need);
    expect(part(withAnnex, 'word/document.xml')).not.toContain('SECRETNEED');
    const without = join(dir, 'survey-no-capacity.docx');
    expect(await run([survey, '-o', without, '--no-capacity'], capture().io)).toBe(0);
    expect(annex(without)).toBe('');
  });

  it('keeps the empty sections with --include-empty', async () => {
    const output = join(dir, 'with-empty.docx');
    const { io, out } = capture();
    expect(await run([input, '-o', output, '--include-empty'], io)).toBe(0);
    expect(out).toHaveLength(1);
    expect(pandocMarkdown(output)).toContain('paragraph 13j');
  });

  it('refuses --include-empty with --omit-empty, writing nothing', async () => {
    const output = join(dir, 'contradiction.docx');
    const { io, err } = capture();
    expect(await run([input, '-o', output, '--include-empty', '--omit-empty'], io)).toBe(2);
    expect(err).toEqual([expect.stringMatching(/^error: --include-empty and --omit-empty contradict each other/)]);
    expect(existsSync(output)).toBe(false);
  });

  // A real process: tsx compiles the command line before it runs, several seconds on a busy machine.
  it('runs as `npm run cli -- export` in a real process', async () => {
    const output = join(dir, 'process.docx');
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(tsx, [join(root, 'cli', 'main.ts'), 'export', input, '-o', output], {
      cwd: root,
      timeout: 60_000,
    });
    expect(stdout).toContain(`Exported ${output}`);
    expect([...readFileSync(output).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(part(output, 'docProps/core.xml')).toContain(`<dc:creator>${examplia.fields.submitter}</dc:creator>`);
  }, 30_000);

  it.each([
    ['is not JSON', 'not json at all', /not valid JSON/],
    ['is another kind of JSON', '{"hello": "world"}', /not a Norms Drafter file/],
    [
      'is a newer format version',
      '{"format": "norms-drafter", "version": 9, "draft": {}}',
      /version 9 is not supported/,
    ],
  ])('refuses an input file that %s, in one line, writing nothing', async (_, content, message) => {
    const bad = join(dir, 'bad.normdraft');
    const output = join(dir, 'bad.docx');
    writeFileSync(bad, content);
    const { io, out, err } = capture();
    expect(await run([bad, '-o', output], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^error: .*bad\.normdraft: /);
    expect(err[0]).toMatch(message);
    expect(existsSync(output)).toBe(false);
  });

  it('refuses a missing input file', async () => {
    const { io, err } = capture();
    expect(await run([join(dir, 'missing.normdraft'), '-o', join(dir, 'missing.docx')], io)).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(/^error: cannot read .*missing\.normdraft: no such file or directory$/),
    ]);
  });

  it.each([
    ['in a folder that does not exist', () => join(dir, 'no-such-folder', 'out.docx'), /no such file or directory/],
    ['under a file', () => join(input, 'out.docx'), /not a directory/],
    ['that is a folder', () => mkdirAndReturn(join(dir, 'a-folder.docx')), /is a directory/],
  ])('refuses an output path %s, leaving no partial file', async (_, target, message) => {
    const output = target();
    const before = readdirSync(dir).sort();
    const { io, out, err } = capture();
    expect(await run([input, '-o', output], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^error: cannot write /);
    expect(err[0]).toMatch(message);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('explains wrong usage with exit code 2', async () => {
    for (const args of [
      [input],
      [],
      [input, '-o', join(dir, 'x.pdf')],
      [input, '-o', join(dir, 'x.docx'), '--colour'],
    ]) {
      const { io, err } = capture();
      expect(await run(args, io), args.join(' ')).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^error: /);
    }
  });
});

function mkdirAndReturn(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}
