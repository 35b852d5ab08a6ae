// A survey and a Secretary-General views draft written from the command line: `new`, `fill`,
// `info --json`, `export`; unknown ids and refused values leave no file behind.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inflateEntry } from '../../shared/ooxml/zip/inflate';
import { readZipDirectory } from '../../shared/ooxml/zip/read';
import { runCli } from '../run';
import { captureIo } from '../test-io';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'drafter-fill-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out.join('\n'), err: io.err };
}

interface InfoField {
  id: string;
  value?: unknown;
  internal: boolean;
  items?: Array<{ id: string; status: string; internal: boolean; leadAgency: string }>;
}

async function fieldsOf(file: string, norm: string): Promise<InfoField[]> {
  const info = JSON.parse((await cli('info', file, '--json')).out) as {
    sections: Array<{ norm: string | null; fields: InfoField[] }>;
  };
  return info.sections.find((section) => section.norm === norm)!.fields;
}

async function newSurvey(): Promise<string> {
  const file = join(dir, 'survey.normdraft');
  const made = await cli('new', '--template', 'national-survey', '--author', 'Republic of Examplia', '-o', file);
  expect(made.code).toBe(0);
  return file;
}

describe('fill', () => {
  it('sets fields and checklist statuses that info then lists, with internal true or false', async () => {
    const file = await newSurvey();
    const out = join(dir, 'filled.normdraft');
    const filled = await cli(
      'fill',
      file,
      '--field',
      'norm-g.measuresLegislation=Critical Services Act 2024',
      '--field',
      'norm-g.practicalActions.g1=implemented',
      '--field',
      'norm-g.practicalActions.g1.leadAgency=Examplia Cyber Agency',
      '--field',
      'norm-g.practicalActions.g2=inProgress',
      '--field',
      'norm-g.practicalActions.g2.internal=true',
      '--field',
      'norm-g.capacityNeeds=Forensic training',
      '--field',
      'norm-g.capacityNeeds.internal=true',
      '-o',
      out,
    );
    expect(filled).toMatchObject({ code: 0, err: [] });
    const fields = await fieldsOf(out, 'g');
    expect(fields.find((f) => f.id === 'norm-g.measuresLegislation')).toEqual({
      id: 'norm-g.measuresLegislation',
      kind: 'shortText',
      value: 'Critical Services Act 2024',
      internal: false,
    });
    expect(fields.find((f) => f.id === 'norm-g.capacityNeeds')).toMatchObject({ internal: true });
    const items = fields.find((f) => f.id === 'norm-g.practicalActions')!.items!;
    expect(items.map(({ id, status, internal }) => ({ id, status, internal }))).toEqual([
      { id: 'norm-g.practicalActions.g1', status: 'implemented', internal: false },
      { id: 'norm-g.practicalActions.g2', status: 'inProgress', internal: true },
      { id: 'norm-g.practicalActions.g3', status: 'notStarted', internal: false },
    ]);
    expect(items[0]!.leadAgency).toBe('Examplia Cyber Agency');
    // The source is unchanged.
    expect((await fieldsOf(file, 'g')).find((f) => f.id === 'norm-g.measuresLegislation')!.value).toBe('');

    const docx = join(dir, 'survey.docx');
    expect((await cli('export', out, '-o', docx)).code).toBe(0);
    const bytes = new Uint8Array(readFileSync(docx));
    let all = '';
    for (const entry of readZipDirectory(bytes))
      all += new TextDecoder().decode(await inflateEntry(bytes, entry, 50_000_000));
    expect(all).toContain('Critical Services Act 2024');
    expect(all).toContain('Examplia Cyber Agency');
    expect(all).not.toContain('Forensic training');
    expect(all).not.toContain('Ensure the integrity');
    expect(all).not.toContain('Set security requirements and incident reporting');
  });

  it('names an unknown id or a refused value, exits with 1 and writes nothing', async () => {
    const file = await newSurvey();
    const out = join(dir, 'never.normdraft');
    const attempt = (field: string) =>
      cli('fill', file, '--field', 'norm-a.measuresOther=ok', '--field', field, '-o', out);
    expect(await attempt('norm-q.challenges=x')).toEqual({
      code: 1,
      out: '',
      err: [
        'error: The draft has no field or checklist item "norm-q.challenges"; `info --json` lists the ids. Nothing was written.',
      ],
    });
    expect((await attempt('norm-a.practicalActions.a1=finished')).err[0]).toMatch(
      /"norm-a.practicalActions.a1" takes a status: notStarted, inProgress, implemented, notApplicable; not "finished"/,
    );
    expect((await attempt('norm-a.assistance=sought,maybe')).err[0]).toMatch(/has no option "maybe"/);
    expect((await attempt('section-1.asOf=31/12/2026')).err[0]).toMatch(/real date written YYYY-MM-DD/);
    expect((await attempt('no-equals-sign')).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('writes a Secretary-General views draft with its four questions', async () => {
    const file = join(dir, 'views.normdraft');
    expect((await cli('new', '--template', 'sg-views', '--author', 'Republic of Examplia', '-o', file)).code).toBe(0);
    const info = JSON.parse((await cli('info', file, '--json')).out) as { sections: Array<{ title: string }> };
    expect(info.sections.map((section) => section.title)).toContain('Content of the relevant concepts');
    expect((await cli('export', file, '-o', join(dir, 'views.docx'), '--include-empty')).code).toBeLessThan(2);
  });
});
