// `merge` in-process: returned contributions merged into the lead's draft and written with their
// conflicts; the report as text or the agreed JSON; files that cannot be used are named and left out.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readNormdraft, serializeNormdraft } from '../../shared/format/normdraft';
import { para } from '../../test/fixtures/content';
import { CERT, JUSTICE, NGO, leadDraft, sendTo, withBlock } from '../../test/fixtures/contributions';
import { runCli } from '../run';
import { captureIo } from '../test-io';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'drafter-cli-merge-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out.join('\n'), err: io.err };
}

function write(name: string, draft: ReturnType<typeof leadDraft>): string {
  const file = join(dir, name);
  writeFileSync(file, serializeNormdraft(draft));
  return file;
}

function files() {
  const lead = leadDraft();
  const cert = withBlock(
    sendTo(lead, CERT, ['norm-g']),
    'norm-g',
    1,
    para('Operators report incidents within four hours.'),
  );
  const justice = withBlock(
    sendTo(lead, JUSTICE, ['norm-h', 'summary']),
    'summary',
    0,
    para('Examplia fully supports it.'),
  );
  const ngo = withBlock(sendTo(lead, NGO, ['norm-g']), 'norm-g', 1, para('Operators report incidents publicly.'));
  return {
    lead: write('lead.normdraft', lead),
    cert: write('cert.normdraft', cert),
    justice: write('justice.normdraft', justice),
    ngo: write('ngo.normdraft', ngo),
    output: join(dir, 'merged.normdraft'),
  };
}

describe('merge', () => {
  it('writes the merged draft with its conflict and prints the agreed JSON; info shows conflicts and contributors', async () => {
    const f = files();
    const result = await cli('merge', f.lead, f.ngo, f.justice, f.cert, f.justice, '-o', f.output, '--json');
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({ applied: 2, conflicts: 1 });
    expect(report.contributions.map((c: { contributor: string; status: string }) => [c.contributor, c.status])).toEqual(
      [
        ['Tamsin Roe', 'merged'],
        ['Odile Ferrand', 'merged'],
        ['Quillon Ardent', 'merged'],
        ['Odile Ferrand', 'already-merged'],
      ],
    );
    expect(report.contributions[2].sections).toEqual([{ id: 'norm-g', norm: 'g', applied: 0, conflicts: 1 }]);
    expect(report.contributions[1].sections).toEqual([{ id: 'summary', norm: null, applied: 1, conflicts: 0 }]);

    const { draft, lineage } = readNormdraft(readFileSync(f.output, 'utf8'));
    expect(lineage).toEqual(readNormdraft(readFileSync(f.lead, 'utf8')).lineage);
    const conflict = draft.collaboration!.conflicts[0]!;
    expect(conflict).toMatchObject({
      sectionId: 'norm-g',
      status: 'open',
      ours: { author: 'ngo' },
      theirs: { author: 'cert' },
    });

    const info = JSON.parse((await cli('info', f.output, '--json')).out);
    const byId = (id: string) => info.sections.find((s: { id: string }) => s.id === id);
    expect(byId('norm-g')).toMatchObject({ conflicts: 1, contributors: ['Tamsin Roe'] });
    expect(byId('summary')).toMatchObject({ conflicts: 0, contributors: ['Odile Ferrand'] });
    expect(byId('norm-h')).toMatchObject({ conflicts: 0, contributors: [] });
    expect((await cli('info', f.output)).out).toContain(
      'Review:     2 merged changes to accept or reject, 1 conflict to resolve',
    );
  });

  it('prints a readable summary without --json', async () => {
    const f = files();
    const result = await cli('merge', f.lead, f.cert, f.ngo, '-o', f.output);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      `Merged 2 of 2 files into ${f.output}: 1 change applied, 1 conflict to resolve.`,
      `  ${f.cert} — Quillon Ardent (Examplia CERT)`,
      '    Norm 7 (UNGGE 2015 report, paragraph 13g) – Critical infrastructure: 1 applied, 0 conflicts',
      `  ${f.ngo} — Tamsin Roe (Open Lines Foundation)`,
      '    Norm 7 (UNGGE 2015 report, paragraph 13g) – Critical infrastructure: 0 applied, 1 conflict',
    ]);
  });

  it('names each file it cannot use and merges the others', async () => {
    const f = files();
    const stranger = write('stranger.normdraft', sendTo({ ...leadDraft(), id: 'another-draft' }, CERT, ['norm-g']));
    const word = join(dir, 'returned.docx');
    writeFileSync(word, 'not a Word document');
    const missing = join(dir, 'missing.normdraft');
    const result = await cli('merge', f.lead, missing, f.lead, stranger, word, f.cert, '-o', f.output, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.applied).toBe(1);
    expect(report.contributions.map((c: { file: string; status: string }) => [c.file, c.status])).toEqual([
      [f.lead, 'not-a-contribution'],
      [stranger, 'other-draft'],
      [f.cert, 'merged'],
      [missing, 'unreadable'],
      [word, 'unreadable'],
    ]);
    expect(result.err).toEqual([
      `warning: cannot read ${missing}: no such file or directory (left out of the merge)`,
      `warning: ${word}: This Word file is damaged or is not a Word document (.docx), so nothing was read from it. Ask the contributor to save it again as a Word document and send it back (left out of the merge)`,
      `warning: ${f.lead}: not a contribution file (it carries no contribution request); left out`,
      `warning: ${stranger}: a contribution to another draft, not to this one; left out`,
    ]);
  });

  it('fails with one line and writes nothing when the draft cannot be read or the command is incomplete', async () => {
    const f = files();
    expect(await cli('merge', join(dir, 'none.normdraft'), f.cert, '-o', f.output)).toEqual({
      code: 1,
      out: '',
      err: [`error: cannot read ${join(dir, 'none.normdraft')}: no such file or directory`],
    });
    expect((await cli('merge', f.cert, f.ngo, '-o', f.output)).err).toEqual([
      `error: ${f.cert} is a contribution file, not the draft it was sent from; give the lead's draft first`,
    ]);
    expect(await cli('merge', f.lead, f.cert)).toMatchObject({ code: 2 });
    expect(await cli('merge', f.lead, '-o', f.output)).toMatchObject({ code: 2 });
    expect(readdirSync(dir)).not.toContain('merged.normdraft');
  });
});
