import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run';
import { captureIo } from './test-io';
import { serializeNormdraft } from '../shared/format/normdraft';
import { exampliaNonPaper, sectionOf } from '../test/fixtures/examplia';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'drafter-cli-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out.join('\n'), err: io.err };
}

describe('new', () => {
  it('creates a .normdraft from a template with the submitter, forum, language and date', async () => {
    const file = join(dir, 'examplia.normdraft');
    const result = await cli(
      'new',
      '--template',
      'national-non-paper',
      '--author',
      'Republic of Examplia',
      '--forum',
      'OEWG on ICTs, 2025 session',
      '--date',
      '2025-09-05',
      '-o',
      file,
    );
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out).toContain(`Created ${file} from template national-non-paper`);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({
      format: 'norms-drafter',
      version: 2,
      draft: {
        templateId: 'national-non-paper',
        language: 'en',
        fields: { submitter: 'Republic of Examplia', forum: 'OEWG on ICTs, 2025 session', date: '2025-09-05' },
      },
    });
    expect(saved.draft.sections).toHaveLength(16);
  });

  it('writes the boilerplate in the chosen document language', async () => {
    const file = join(dir, 'es.normdraft');
    expect(
      (
        await cli(
          'new',
          '--template',
          'norms-only',
          '--author',
          'República de Examplia',
          '--language',
          'es',
          '--date',
          '2025-09-05',
          '-o',
          file,
        )
      ).code,
    ).toBe(0);
    const info = JSON.parse((await cli('info', file, '--json')).out);
    expect(info.language).toBe('es');
    expect(info.sections[6].title).toBe('Proteger la infraestructura crítica');
  });

  it('reports wrong usage with exit code 2 and bad values with exit code 1, writing nothing', async () => {
    const file = join(dir, 'x.normdraft');
    expect(await cli('new', '--template', 'norms-only', '-o', file)).toEqual({
      code: 2,
      out: '',
      err: ['error: missing required option --author (see: new --help)'],
    });
    expect((await cli('new', '--template', 'norms-only', '--author', 'A', '-o', file, '--colour', 'red')).code).toBe(2);
    expect((await cli('new', '--template', 'norms-only', '--author', 'A', '-o', file, 'extra')).err).toEqual([
      "error: Unexpected argument 'extra' (see: new --help)",
    ]);
    expect(await cli('new', '--template', 'memo', '--author', 'A', '-o', file)).toEqual({
      code: 1,
      out: '',
      err: [
        'error: unknown template "memo"; available: national-non-paper, stakeholder-contribution, norms-only, national-survey, sg-views',
      ],
    });
    expect(
      (await cli('new', '--template', 'norms-only', '--author', 'A', '--date', '2025-02-30', '-o', file)).err,
    ).toEqual(['error: invalid date "2025-02-30"; expected a real date written YYYY-MM-DD']);
    expect((await cli('new', '--template', 'norms-only', '--author', 'A', '--language', 'de', '-o', file)).code).toBe(
      1,
    );
    expect(
      (await cli('new', '--template', 'national-non-paper', '--author', 'A', '--kind', 'stakeholder', '-o', file)).err,
    ).toEqual(['error: The template "national-non-paper" is for State submissions.']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails cleanly when the output cannot be written, leaving no partial file', async () => {
    const missingDir = join(dir, 'no-such-folder', 'x.normdraft');
    const result = await cli('new', '--template', 'norms-only', '--author', 'A', '-o', missingDir);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(
      /^error: cannot write .*no-such-folder.*: a parent is not a directory|no such file or directory$/,
    );
    expect((await cli('new', '--template', 'norms-only', '--author', 'A', '-o', dir)).err[0]).toMatch(
      /is a directory$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('info', () => {
  it('prints exactly the agreed JSON: template, title, language and per-section facts', async () => {
    const file = join(dir, 'np.normdraft');
    const draft = exampliaNonPaper();
    writeFileSync(file, serializeNormdraft(draft));
    const result = await cli('info', file, '--json');
    expect(result.code).toBe(0);
    const info = JSON.parse(result.out);
    expect(Object.keys(info)).toEqual(['template', 'title', 'language', 'sections', 'contacts', 'edition']);
    expect(info).toMatchObject({ template: 'national-non-paper', title: draft.fields.title, language: 'en' });
    const g = sectionOf(draft, 'norm', 'g');
    // Norm 7 of the fixture: 27 words of prose, 10 in bullets, 15 in the lettered list, 11 in its 2 footnotes.
    expect(info.sections.find((s: { id: string }) => s.id === g.id)).toEqual({
      id: g.id,
      kind: 'norm',
      norm: 'g',
      title: 'Protect critical infrastructure',
      status: 'final',
      words: 63,
      footnotes: 2,
      conflicts: 0,
      contributors: [],
      suggestions: 0,
      comments: 0,
      fields: [
        {
          id: 'norm-g.practicalActions',
          kind: 'checklist',
          internal: false,
          items: ['g1', 'g2', 'g3'].map((item) => ({
            id: `norm-g.practicalActions.${item}`,
            status: 'notStarted',
            leadAgency: '',
            evidence: '',
            note: '',
            internal: false,
          })),
        },
      ],
    });
    expect(info.sections[0]).toMatchObject({ kind: 'title', norm: null, footnotes: 0, fields: [] });
  });

  it('prints a readable table without --json', async () => {
    const file = join(dir, 'np.normdraft');
    writeFileSync(file, serializeNormdraft(exampliaNonPaper()));
    const result = await cli('info', file);
    expect(result.out).toContain('Submitter:  Republic of Examplia (state)');
    expect(result.out).toMatch(/Norm 7 \(13g\): Protect critical infrastructure\s+final\s+63\s+2/);
    expect(result.out).toContain('3 of 11 norms written');
  });

  const hostile: [string, () => string | Uint8Array, RegExp][] = [
    [
      'truncated JSON',
      () => serializeNormdraft(exampliaNonPaper()).slice(0, 500),
      /not valid JSON; it may be truncated or damaged/,
    ],
    ['another format', () => '{"format":"word-processor","version":1}', /not a Norms Drafter file/],
    [
      'a newer version',
      () => serializeNormdraft(exampliaNonPaper()).replace('"version":2', '"version":7'),
      /Format version 7 is not supported/,
    ],
    [
      'a 50 MB string',
      () => `{"format":"norms-drafter","version":1,"draft":{"title":"${'x'.repeat(50 * 1024 * 1024)}"}}`,
      /too large \(50\.0 MB; at most 32 MB\)/,
    ],
    [
      'prototype keys',
      () => serializeNormdraft(exampliaNonPaper()).replace('"draft":{', '"draft":{"__proto__":{"admin":true},'),
      /not a valid draft: it was damaged or changed outside Norms Drafter\. Open an earlier copy of it, or a backup\.$/,
    ],
    [
      'a wrong type',
      () => serializeNormdraft(exampliaNonPaper()).replace('"createdAt":', '"createdAt":"yesterday","x":'),
      /not a valid draft: it was damaged or changed outside Norms Drafter\. Open an earlier copy of it, or a backup\.$/,
    ],
  ];
  for (const [name, content, message] of hostile) {
    it(`refuses ${name} with one clear line and exit code 1`, async () => {
      const file = join(dir, 'bad.normdraft');
      writeFileSync(file, content());
      const result = await cli('info', file, '--json');
      expect(result.code).toBe(1);
      expect(result.out).toBe('');
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(/^error: .*bad\.normdraft: /);
      expect(result.err[0]).toMatch(message);
    });
  }

  it('reports a missing file and a missing argument', async () => {
    expect((await cli('info', join(dir, 'absent.normdraft'))).err[0]).toMatch(
      /^error: cannot read .*absent\.normdraft: no such file or directory$/,
    );
    expect((await cli('info')).code).toBe(2);
  });
});

describe('templates and help', () => {
  it('lists the templates as JSON and as text', async () => {
    const json = await cli('templates', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual([
      expect.objectContaining({
        id: 'national-non-paper',
        name: 'National non-paper',
        submitterKind: 'state',
        sections: 16,
        norms: 11,
      }),
      expect.objectContaining({
        id: 'stakeholder-contribution',
        name: 'Stakeholder contribution',
        submitterKind: 'stakeholder',
        norms: 11,
      }),
      expect.objectContaining({ id: 'norms-only', name: 'Norms only', submitterKind: 'any', sections: 11, norms: 11 }),
      expect.objectContaining({ id: 'national-survey', submitterKind: 'state', sections: 17, norms: 11 }),
      expect.objectContaining({ id: 'sg-views', name: 'Views for the Secretary-General', sections: 6, norms: 0 }),
    ]);
    const [survey, views] = (JSON.parse(json.out) as Array<{ description: string; parts: unknown[] }>).slice(3);
    expect(survey!.description).toMatch(/^Structured like .+ \(not the official form\)/);
    expect(survey!.parts).toEqual(
      expect.arrayContaining([
        {
          kind: 'general',
          norm: null,
          heading: 'Part I: International law',
          fields: ['challenges', 'capacityNeeds', 'assistance', 'assistanceDetails'],
        },
        expect.objectContaining({ kind: 'general', heading: 'Part II: The norms', fields: [] }),
        expect.objectContaining({
          kind: 'norm',
          norm: 'g',
          fields: expect.arrayContaining(['measuresLegislation', 'capacityNeeds']),
        }),
        expect.objectContaining({ heading: 'Part III: Confidence-building measures' }),
        expect.objectContaining({ heading: 'Part IV: Capacity-building' }),
      ]),
    );
    expect(views!.parts.filter((part) => (part as { kind: string }).kind === 'general')).toHaveLength(4);
    expect((await cli('templates', '--language', 'fr')).out).toContain('Document officieux national');
  });

  it('prints help with exit code 0, and refuses a missing or unknown command with exit code 2', async () => {
    expect((await cli('--help')).out).toMatch(/commands:\n\s+new\s+create a draft from a template/);
    expect((await cli('new', '--help')).out).toMatch(/^usage: new --template <id>/);
    expect(await cli()).toEqual({ code: 2, out: '', err: ['error: missing command (see --help)'] });
    expect((await cli('publish')).err).toEqual([
      expect.stringMatching(/^error: unknown command "publish"; commands: new, info, templates/),
    ]);
  });
});
