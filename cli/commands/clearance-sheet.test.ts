// @vitest-environment jsdom
// `clearance-sheet`: the sheet of a lead's draft as a Word table that pandoc reads back with the
// sections, the steps, the names and the dates; bad input gives one clear line and no file.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { paragraphState } from '../../shared/model/empty';
import { collabDraft } from '../../test/fixtures/collab-draft';
import { pandocMarkdown, tempDir } from '../../test/docx/support';
import { captureIo } from '../test-io';
import { run } from './clearance-sheet';

let dir: string;
let input: string;

beforeAll(() => {
  dir = tempDir('cli-clearance');
  input = join(dir, 'lead.normdraft');
  const lead = collabDraft();
  // Norm 8 was cleared, then edited.
  const sections = lead.sections.map((s) =>
    s.id === 'norm-h' ? { ...s, content: paragraphState(['Critical infrastructure is protected by two acts.']) } : s,
  );
  writeFileSync(input, serializeNormdraft({ ...lead, sections }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('clearance-sheet command', () => {
  it('writes every section with each step, who cleared it and when, and what changed since', async () => {
    const output = join(dir, 'sheet.docx');
    const io = captureIo();
    expect(await run([input, '-o', output], io)).toBe(0);
    expect(io.err).toEqual([]);
    expect(io.out).toEqual([`Wrote ${output} (2 sections, 1 cleared, 1 changed since cleared).`]);
    const markdown = pandocMarkdown(output, ['--standalone']);
    for (const text of [
      'Clearance sheet',
      'Norm 7 (13g)',
      'Norm 8 (13h)',
      'Drafting',
      'Legal Adviser Tarrow review',
      'Legal Adviser Tarrow',
      '1970-01-01 00:00 UTC',
      'Changed since cleared',
      'Not cleared',
    ])
      expect(markdown).toContain(text);
    expect(markdown).not.toContain('protected by');
  });

  it('refuses an output that is not a .docx, writing nothing', async () => {
    const io = captureIo();
    expect(await run([input, '-o', join(dir, 'sheet.txt')], io)).toBe(2);
    expect(io.err).toEqual([
      `error: the output file must end in .docx: ${join(dir, 'sheet.txt')} (see: clearance-sheet --help)`,
    ]);
    expect(existsSync(join(dir, 'sheet.txt'))).toBe(false);
  });
});
