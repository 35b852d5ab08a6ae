// `info --json` lists the private parts of a draft too: the points of contact, marked internal, and
// the previous edition a draft was made from.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { EXAMPLIA_CONTACTS, exampliaWithContacts } from '../../test/fixtures/contacts';
import { tempDir } from '../../test/docx/support';
import { captureIo } from '../test-io';
import { run as runEdition } from './edition';
import { run } from './info';

let dir: string;
let submission: string;

beforeAll(() => {
  dir = tempDir('cli-info');
  submission = join(dir, 'examplia-2025.normdraft');
  writeFileSync(submission, serializeNormdraft(exampliaWithContacts()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function infoJson(file: string) {
  const io = captureIo();
  expect(await run([file, '--json'], io)).toBe(0);
  return JSON.parse(io.out.join('\n')) as {
    title: string;
    contacts: Array<Record<string, unknown>>;
    edition: { id: string; title: string; date: string } | null;
  };
}

describe('info --json', () => {
  it('lists the points of contact, each marked internal, and no edition link for a first edition', async () => {
    const info = await infoJson(submission);
    expect(info.contacts).toEqual(EXAMPLIA_CONTACTS.map((contact) => ({ ...contact, internal: true })));
    expect(info.edition).toBeNull();
  });

  it("gives a new edition's link to the previous one: its id, title and date", async () => {
    const next = join(dir, 'examplia-2026.normdraft');
    expect(await runEdition([submission, '-o', next], captureIo())).toBe(0);
    const previous = exampliaWithContacts();
    const info = await infoJson(next);
    expect(info.edition).toEqual({ id: previous.id, title: previous.fields.title, date: previous.fields.date });
    expect(info.contacts.map((contact) => [contact.name, contact.internal])).toEqual([
      ['Ilse Varnholt', true],
      ['Teodor Quarrel', true],
    ]);
  });

  it('lists no contacts for a draft without any', async () => {
    const plain = join(dir, 'plain.normdraft');
    const { contacts: _dropped, ...draft } = exampliaWithContacts();
    writeFileSync(plain, serializeNormdraft(draft));
    expect((await infoJson(plain)).contacts).toEqual([]);
  });
});
