// `edition` writes next year's draft from a submission; `export --changes` then adds the annex.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNormdraft, serializeNormdraft } from '../../shared/format/normdraft';
import { EXAMPLIA_CONTACTS, exampliaWithContacts } from '../../test/fixtures/contacts';
import { pandocMarkdown, tempDir } from '../../test/docx/support';
import { captureIo } from '../test-io';
import { run } from './edition';
import { run as runExport } from './export';
import { COMMANDS } from '../command-table';

let dir: string;
let input: string;

beforeAll(() => {
  dir = tempDir('cli-edition');
  input = join(dir, 'examplia-2025.normdraft');
  writeFileSync(input, serializeNormdraft(exampliaWithContacts()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('edition command', () => {
  it('writes a new draft carrying everything, linked to the submission, every section to update', async () => {
    const output = join(dir, 'examplia-2026.normdraft');
    const io = captureIo();
    expect(COMMANDS.edition).toBeDefined();
    expect(await run([input, '-o', output], io)).toBe(0);
    expect(io.err).toEqual([]);
    const previous = parseNormdraft(readFileSync(input, 'utf8'));
    const next = parseNormdraft(readFileSync(output, 'utf8'));
    expect(io.out).toEqual([
      `Created ${output}, the next edition of "${previous.fields.title}" (${next.sections.length} sections marked to update).`,
    ]);
    expect(next.id).not.toBe(previous.id);
    expect(next.sections.map((s) => s.content)).toEqual(previous.sections.map((s) => s.content));
    expect(next.sections.every((s) => s.status === 'update')).toBe(true);
    expect(next.contacts).toEqual(EXAMPLIA_CONTACTS);
    expect(next.edition).toMatchObject({ previousId: previous.id, previousDate: previous.fields.date });

    // Nothing changed yet: the annex says so.
    const docx = join(dir, 'examplia-2026.docx');
    expect(await runExport([output, '-o', docx, '--changes'], captureIo())).toBe(0);
    expect(pandocMarkdown(docx)).toContain('No section changed since the last edition.');
  });

  it('refuses a missing output and a wrong extension, writing nothing', async () => {
    const io = captureIo();
    expect(await run([input], io)).toBe(2);
    expect(io.err.join('\n')).toContain('-o <next.normdraft>');
    const wrong = join(dir, 'next.docx');
    const second = captureIo();
    expect(await run([input, '-o', wrong], second)).toBe(2);
    expect(second.err.join('\n')).toContain('must end in .normdraft');
    expect(existsSync(wrong)).toBe(false);
  });
});
