// `export --internal` writes the delegation's own copy with the points of contact; the plain
// export of the same file holds none of them.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { CONTACT_WORDS, exampliaWithContacts } from '../../test/fixtures/contacts';
import { exampliaNonPaper } from '../../test/fixtures/examplia';
import { part, partNames, tempDir } from '../../test/docx/support';
import { captureIo } from '../test-io';
import { run } from './export';

let dir: string;
let input: string;

beforeAll(() => {
  dir = tempDir('cli-internal');
  input = join(dir, 'examplia.normdraft');
  writeFileSync(input, serializeNormdraft(exampliaWithContacts()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const allParts = (docx: string) =>
  partNames(docx)
    .map((name) => part(docx, name))
    .join('\n');

describe('export --internal', () => {
  it('writes the contacts and "Internal" in the header; the plain export writes neither', async () => {
    const internal = join(dir, 'internal.docx');
    const io = captureIo();
    expect(await run([input, '-o', internal, '--internal'], io)).toBe(0);
    expect(io.out).toContain('Internal copy: marked "Internal" on every page, 2 points of contact.');
    const header = partNames(internal).find((name) => /^word\/header\d+\.xml$/.test(name));
    expect(part(internal, header!)).toContain('>Internal<');
    for (const word of CONTACT_WORDS) expect(part(internal, 'word/document.xml')).toContain(word);

    const plain = join(dir, 'plain.docx');
    expect(await run([input, '-o', plain], captureIo())).toBe(0);
    const everything = allParts(plain);
    for (const word of CONTACT_WORDS) expect(everything).not.toContain(word);
    expect(everything).not.toContain('>Internal<');
  });

  it('refuses --internal with --for-review, and --changes for a draft that is no edition, writing nothing', async () => {
    const output = join(dir, 'refused.docx');
    const io = captureIo();
    expect(await run([input, '-o', output, '--internal', '--for-review'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('--for-review and --internal are different documents');
    const plainInput = join(dir, 'plain.normdraft');
    writeFileSync(plainInput, serializeNormdraft(exampliaNonPaper()));
    const second = captureIo();
    expect(await run([plainInput, '-o', output, '--changes'], second)).toBe(2);
    expect(second.err.join('\n')).toContain('is not an edition of an earlier submission');
    expect(existsSync(output)).toBe(false);
  });
});
