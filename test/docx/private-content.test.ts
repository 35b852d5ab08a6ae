// @vitest-environment jsdom
// Points of contact are private: no part of the normal Word file holds them, while the internal
// copy has them as a table at the end and "Internal" at the top of every page, as LibreOffice
// prints it.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExportOptions, exportDocx, exportInternalDocx } from '../../shared/docx';
import { publicDraft } from '../../shared/collab/public-draft';
import { internalDraft } from '../../shared/internal/internal-draft';
import { CONTACT_WORDS, EXAMPLIA_CONTACTS, exampliaWithContacts } from '../fixtures/contacts';
import { convertToPdf, elements, paragraphText, part, partNames, pdfText, tempDir, xml } from './support';

let dir: string;
let normal: string;
let internal: string;

beforeAll(async () => {
  dir = tempDir('private');
  const draft = exampliaWithContacts();
  // Empty sections kept, so the document runs over several pages.
  const options = { ...defaultExportOptions(), includeEmptySections: true, headerLine: 'Non-paper' };
  normal = join(dir, 'normal.docx');
  internal = join(dir, 'internal.docx');
  writeFileSync(normal, await exportDocx(publicDraft(draft), options, { now: new Date(0) }));
  writeFileSync(internal, await exportInternalDocx(internalDraft(draft), options, { now: new Date(0) }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the points of contact of a draft', () => {
  it('appear in no part of the normal Word file', () => {
    const names = partNames(normal);
    expect(names.length).toBeGreaterThan(8);
    for (const name of names) {
      const text = part(normal, name);
      for (const word of CONTACT_WORDS) expect(text, `${word} in ${name}`).not.toContain(word);
      expect(text, name).not.toMatch(/>Internal</);
    }
    expect(part(normal, 'word/document.xml')).toContain('Examplia hosts a yearly regional dialogue');
  });

  it('are a table at the end of the internal copy, after the text', () => {
    const body = xml(internal, 'word/document.xml');
    const tables = elements(body, 'w:tbl');
    expect(tables).toHaveLength(1);
    const rows = elements(tables[0]!, 'w:tr').map((row) =>
      elements(row, 'w:tc').map((cell) => elements(cell, 'w:p').map(paragraphText).join('')),
    );
    expect(rows).toEqual([
      ['Name', 'Position', 'Institution', 'Email', 'Contact for'],
      ...EXAMPLIA_CONTACTS.map((c) => [
        c.name,
        c.position,
        c.institution,
        c.email,
        c.kind === 'policy' ? 'Policy' : 'Technical',
      ]),
    ]);
    const text = elements(body, 'w:p').map(paragraphText).join('\n');
    expect(text.indexOf('Points of contact')).toBeGreaterThan(
      text.indexOf('Examplia hosts a yearly regional dialogue'),
    );
  });

  // LibreOffice takes several seconds to start and print.
  it('leave "Internal" at the top of every page of the internal copy, as printed', () => {
    const [pdf] = convertToPdf([internal], dir);
    const pages = pdfText(pdf!)
      .split('\f')
      .filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(2);
    for (const [index, page] of pages.entries())
      expect(page.trim().split('\n')[0], `page ${index + 1}`).toBe('Internal – Non-paper');
    expect(pages.at(-1)).toContain('Ilse Varnholt');
  }, 120_000);
});
