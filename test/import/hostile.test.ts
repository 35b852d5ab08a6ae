// Files from strangers: a zip bomb, a DOCX of 10,000 parts, an image linked to a local file, a
// truncated archive, a 200 MB text file, files that are not what their names say. Each gives a
// clear error (or, for the linked image, a warning and no file read), with memory bounded.
import { promises as fsPromises, copyFileSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IMPORT_ERROR_CODES, ImportError } from '../../shared/import';
import { nodeIo } from '../../cli/io';
import { run } from '../../cli/commands/import';
import { deflatedZeros, docxPackageParts, documentXml, FIXTURES, importFile, pandoc, paragraphXml, tempDir, writeZip } from './support';

const MB = 1024 * 1024;
let dir: string;
let realDocx: string;

beforeAll(() => {
  dir = tempDir('hostile');
  realDocx = join(dir, 'real.docx');
  pandoc([join(FIXTURES, 'examplia-non-paper.md'), '-o', realDocx]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function failure(path: string): Promise<ImportError> {
  try {
    await importFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error(`${path} was imported`);
}

function write(name: string, data: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe('zip bombs', () => {
  const bomb = deflatedZeros(200);

  it('is small on disk but would inflate to 200 MB', () => {
    expect(bomb.length).toBeLessThan(1 * MB);
  });

  it.each([
    ['declares its 200 MB honestly', 200 * MB],
    ['declares a few bytes', 1_000],
    ['declares 90 MB, under the limit, and inflates past it', 90 * MB],
  ])('a DOCX whose document part %s is refused while inflating, memory bounded', async (_, declaredSize) => {
    const path = write(`bomb-${declaredSize}.docx`, writeZip([...docxPackageParts(), { name: 'word/document.xml', deflated: { data: bomb, declaredSize } }]));
    const before = process.memoryUsage().rss;
    const error = await failure(path);
    const growth = process.memoryUsage().rss - before;
    expect(error.code).toBe('zip-too-large');
    expect(error.message).toBe('The Word document would expand to more than 100 MB, or to more than it declares. It was not opened.');
    expect(growth).toBeLessThan(300 * MB);
  });

  it('counts every part against the same 100 MB, not each part alone', async () => {
    const parts = Array.from({ length: 3 }, (_, i) => ({ name: `word/part${i}.xml`, deflated: { data: deflatedZeros(40), declaredSize: 40 * MB } }));
    const path = write('bomb-parts.docx', writeZip([...docxPackageParts(), { name: 'word/document.xml', data: documentXml(paragraphXml('x')) }, ...parts]));
    expect((await failure(path)).code).toBe('zip-too-large');
  });
});

describe('archives Word never writes', () => {
  it('refuses a DOCX with 10,000 entries before inflating any', async () => {
    const entries = [...docxPackageParts(), { name: 'word/document.xml', data: documentXml(paragraphXml('x')) }];
    for (let i = 0; i < 10_000; i++) entries.push({ name: `word/media/image${i}.png`, data: '', stored: true } as never);
    const error = await failure(write('many.docx', writeZip(entries)));
    expect(error.code).toBe('zip-too-many-entries');
    expect(error.message).toBe('The Word document holds too many parts (10003; at most 1000 are accepted). It was not opened.');
  });

  it('refuses a truncated DOCX', async () => {
    const bytes = readFileSync(realDocx);
    const error = await failure(write('truncated.docx', bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(error.code).toBe('zip-truncated');
  });

  it('refuses a ZIP that has no Word document in it', async () => {
    expect((await failure(write('other.docx', writeZip([{ name: 'content.xml', data: '<office/>' }])))).code).toBe('not-docx');
  });

  it('refuses XML with a document type definition (entity expansion)', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${documentXml(paragraphXml('&b;')).replace(/^<\?xml[^>]*\?>/, '')}`;
    const error = await failure(write('dtd.docx', writeZip([...docxPackageParts(), { name: 'word/document.xml', data: xml }])));
    expect(error.code).toBe('docx-unsafe');
  });
});

describe('XML that would exhaust the converter', () => {
  it.each([
    ['nested 200,000 levels deep', `${'<w:sdt><w:sdtContent>'.repeat(100_000)}${paragraphXml('deep')}${'</w:sdtContent></w:sdt>'.repeat(100_000)}`],
    ['made of 2 million empty paragraphs', '<w:p/>'.repeat(2_000_000)],
  ])('refuses a document %s, memory bounded', async (_, body) => {
    const path = write(`xml-${body.length}.docx`, writeZip([...docxPackageParts(), { name: 'word/document.xml', data: documentXml(body) }]));
    const before = process.memoryUsage().rss;
    const error = await failure(path);
    expect(error.code).toBe('too-complex');
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * MB);
  });
});

describe('an image linked to a local file', () => {
  it('is reported and never read', async () => {
    const secretPath = write('secret.txt', `SECRET-${Math.random().toString(36).slice(2)}`);
    const secret = readFileSync(secretPath, 'utf8');
    const drawing = (attribute: string) =>
      `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip ${attribute}/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://${secretPath}" TargetMode="External"/><Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`;
    const path = write(
      'linked-image.docx',
      writeZip([
        ...docxPackageParts(),
        { name: 'word/document.xml', data: documentXml(`${paragraphXml('Norm 7 (UNGGE 2015 report, paragraph 13g) – Protect critical infrastructure', true)}${paragraphXml('Before the images.')}${drawing('r:link="rId5"')}${drawing('r:embed="rId6"')}${paragraphXml('After the images.')}`) },
        { name: 'word/_rels/document.xml.rels', data: rels },
        { name: 'word/media/image1.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      ]),
    );
    const reads = vi.spyOn(fsPromises, 'readFile');
    const { draft, report } = await importFile(path);
    expect(reads.mock.calls.filter(([file]) => String(file).includes('secret'))).toEqual([]);
    expect(JSON.stringify(draft)).not.toContain(secret);
    expect(report.normsFound).toEqual(['g']);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        { code: 'external-image-dropped', params: { target: `file://${secretPath}` } },
        { code: 'image-dropped', params: { count: 2 } },
      ]),
    );
  });
});

describe('size limits and files that are not what they say', () => {
  it('refuses a 200 MB text file before reading it (command line) and before parsing it (API)', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 200 * MB);
    const err: string[] = [];
    const before = process.memoryUsage().rss;
    const code = await run([path, '-o', join(dir, 'huge.normdraft')], { ...nodeIo, stdout: () => undefined, stderr: (line) => err.push(line) });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
    expect(code).toBe(1);
    expect(err).toEqual([`error: ${path}: the file is too large (200.0 MB; at most 20 MB)`]);

    let next = 0;
    const { importDocument } = await import('../../shared/import');
    await expect(importDocument({ name: 'huge.txt', bytes: new Uint8Array(200 * MB) }, { templates: [], now: 0, newId: () => String(next++) })).rejects.toMatchObject({
      code: 'too-large',
      message: 'The file is too large to import (200 MB; the limit for this kind of file is 20 MB).',
    });
  });

  it('says that a .docx holding text is text', async () => {
    const error = await failure(write('fake.docx', 'Norm 1 – just text, saved with the wrong name.\n'));
    expect(error.code).toBe('docx-is-text');
    expect(error.message).toContain('rename it to .txt or .md');
  });

  it('says that a .txt holding a Word document is an archive', async () => {
    const path = join(dir, 'really-word.txt');
    copyFileSync(realDocx, path);
    const error = await failure(path);
    expect(error.code).toBe('text-is-zip');
    expect(error.message).toContain('rename it to .docx');
  });

  it('has an English message for every error code', () => {
    for (const code of IMPORT_ERROR_CODES) expect(new ImportError(code).message).not.toBe('');
  });
});
