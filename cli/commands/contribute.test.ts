// `contribute`: the contributor's file holds the ticket and the asked sections, the draft file
// records the contributor and what was sent, and bad input changes no file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReturnedDocx } from '../../shared/contribution/word';
import { runCli } from '../run';
import { captureIo } from '../test-io';
import { parseNormdraft, serializeNormdraft } from '../../shared/format/normdraft';
import { exampliaNonPaper, sectionOf } from '../../test/fixtures/examplia';

let dir: string;
let lead: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drafter-contribute-'));
  lead = join(dir, 'lead.normdraft');
  writeFileSync(lead, serializeNormdraft(exampliaNonPaper()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('contribute', () => {
  it('writes the contributor’s copy with its ticket and records the contributor and what was sent', async () => {
    const draft = exampliaNonPaper();
    const output = join(dir, 'cert.normdraft');
    const result = await cli(
      'contribute',
      lead,
      '--to',
      'Quillon Ardent',
      '--organisation',
      'Examplia CERT',
      '--sections',
      'g,h,summary',
      '--request',
      'Please describe the CERT’s practice.',
      '--due',
      '2026-12-20',
      '-o',
      output,
    );
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const asked = [sectionOf(draft, 'summary'), sectionOf(draft, 'norm', 'g'), sectionOf(draft, 'norm', 'h')];
    expect(result.out).toEqual([
      `Wrote ${output} for Quillon Ardent (3 of ${draft.sections.length} sections to write).`,
      `Recorded in ${lead}.`,
    ]);
    const file = JSON.parse(readFileSync(output, 'utf8'));
    expect(Object.keys(file)).toEqual(['format', 'version', 'draft', 'lineage', 'contribution']);
    expect(file.version).toBe(3);
    expect(file.draft.collaboration).toBeUndefined();
    // The other sections travel read-only, for context.
    expect(file.draft.sections.map((s: { id: string }) => s.id)).toEqual(draft.sections.map((s) => s.id));
    expect(file.contribution).toMatchObject({
      draftId: draft.id,
      from: { name: draft.fields.submitter },
      to: { name: 'Quillon Ardent', organisation: 'Examplia CERT' },
      request: 'Please describe the CERT’s practice.',
      due: '2026-12-20',
      sections: asked.map((s) => s.id),
      others: 'read-only',
      base: asked,
    });
    const updated = parseNormdraft(readFileSync(lead, 'utf8'));
    expect(updated.sections).toEqual(draft.sections);
    const contributor = updated.collaboration!.contributors[0]!;
    expect(updated.collaboration!.contributors).toEqual([
      {
        id: file.contribution.to.contributorId,
        name: 'Quillon Ardent',
        organisation: 'Examplia CERT',
        sections: asked.map((s) => s.id),
        request: 'Please describe the CERT’s practice.',
        due: '2026-12-20',
      },
    ]);
    expect(updated.collaboration!.sent).toEqual([
      {
        ticketId: file.contribution.id,
        contributorId: contributor.id,
        sentAt: file.contribution.sentAt,
        sections: asked.map((s) => s.id),
        medium: 'normdraft',
      },
    ]);
  });

  it('keeps one entry per contributor when asked again, and leaves the other sections out with --omit-others', async () => {
    const first = join(dir, 'first.normdraft');
    const second = join(dir, 'second.normdraft');
    expect((await cli('contribute', lead, '--to', 'Orla Penhale', '--sections', 'a', '-o', first)).code).toBe(0);
    const result = await cli(
      'contribute',
      lead,
      '--to',
      'Orla Penhale',
      '--sections',
      'all',
      '--omit-others',
      '-o',
      second,
    );
    expect(result.code).toBe(0);
    const updated = parseNormdraft(readFileSync(lead, 'utf8'));
    expect(updated.collaboration!.contributors).toHaveLength(1);
    expect(updated.collaboration!.contributors[0]!.sections).toEqual(updated.sections.map((s) => s.id));
    expect(updated.collaboration!.sent).toHaveLength(2);
    const omitted = parseNormdraft(readFileSync(first, 'utf8'));
    expect(omitted.sections).toHaveLength(updated.sections.length);
    const copy = JSON.parse(readFileSync(join(dir, 'second.normdraft'), 'utf8'));
    expect(copy.contribution.others).toBe('omitted');
    const onlyA = await cli(
      'contribute',
      lead,
      '--to',
      'Orla Penhale',
      '--sections',
      'a',
      '--omit-others',
      '-o',
      first,
    );
    expect(onlyA.code).toBe(0);
    expect(parseNormdraft(readFileSync(first, 'utf8')).sections.map((s) => s.norm)).toEqual(['a']);
  });

  it.each([
    [
      ['--sections', 'g,norm7,preamble'],
      2,
      /^error: unknown sections "norm7", "preamble"; name norm letters \(a–k\), section kinds \(title, summary, approach, norm, general, closing, other\) or all/,
    ],
    [['--sections', 'other'], 1, /^error: the draft has no section for "other"/],
    [['--sections', 'g', '--due', '2026-02-30'], 1, /^error: invalid date "2026-02-30"/],
    [['--sections', 'g', '--to', ''], 2, /^error: missing required option --to/],
  ])('refuses bad input %j with a clear line, changing no file', async (extra, code, message) => {
    const output = join(dir, 'out.normdraft');
    const before = readFileSync(lead, 'utf8');
    const result = await cli('contribute', lead, '--to', 'Quillon Ardent', '-o', output, ...extra);
    expect(result.code).toBe(code);
    expect(result.err).toEqual([expect.stringMatching(message)]);
    expect(existsSync(output)).toBe(false);
    expect(readFileSync(lead, 'utf8')).toBe(before);
  });

  it('refuses to share out a contributor’s copy', async () => {
    const copy = join(dir, 'copy.normdraft');
    await cli('contribute', lead, '--to', 'Quillon Ardent', '--sections', 'g', '-o', copy);
    const result = await cli(
      'contribute',
      copy,
      '--to',
      'Someone',
      '--sections',
      'g',
      '-o',
      join(dir, 'again.normdraft'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/is itself a contribution to Republic of Examplia's draft/)]);
  });

  it('writes a .docx for a contributor with only Word, which reads back as that contribution', async () => {
    const output = join(dir, 'cert.docx');
    const result = await cli('contribute', lead, '--to', 'Quillon Ardent', '--sections', 'g', '-o', output);
    expect(result.code).toBe(0);
    const leadDraft = parseNormdraft(readFileSync(lead, 'utf8'));
    expect(leadDraft.collaboration!.sent[0]!.medium).toBe('word');
    const back = await readReturnedDocx(new Uint8Array(readFileSync(output)), leadDraft);
    expect(back.contribution!.to.name).toBe('Quillon Ardent');
    expect(back.contribution!.sections).toEqual([leadDraft.sections.find((section) => section.norm === 'g')!.id]);
  });
});
