// Files from strangers: a zip bomb, a DOCX of 10,000 parts, an image linked to a local file, a
// truncated archive, a 200 MB text file, files that are not what their names say, and the whole
// hostile corpus (hostile-corpus.ts: XML tricks, deep nesting, huge runs and tables in every
// format). Each is refused with a plain message, or imported with a report that lists whatever
// was not kept as it was. What they cost is measured by the benchmark, not here.
import {
  promises as fsPromises,
  copyFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import english from '../../locales/en/import.json';
import {
  IMPORT_ERROR_CODES,
  ImportError,
  importDocument,
  type ImportErrorCode,
  type ImportWarningCode,
} from '../../shared/import';
import { interpolate } from '../../shared/import/errors';
import type { Draft } from '../../shared/model/draft';
import { bodyText } from '../../shared/model/text';
import { nodeIo } from '../../cli/io';
import { run } from '../../cli/commands/import';
import { hostileCorpus } from './hostile-corpus';
import {
  deflatedZeros,
  docxPackageParts,
  documentXml,
  FIXTURES,
  footnoteTexts,
  importFile,
  pandoc,
  paragraphXml,
  repoTemplates,
  tempDir,
  writeZip,
} from './support';

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

  const tooLarge =
    'The Word document would expand to more than 100 MB, or to more than it declares. It was not opened.';
  const tooMuchXml =
    'The Word document holds far more than a submission does: it unpacks into more than 25 MB of text and formatting. It was not opened. If it is genuine, split it into smaller documents and import each one.';
  it.each([
    ['declares its 200 MB honestly', 200 * MB, tooLarge],
    ['declares a few bytes', 1_000, tooLarge],
    // Under the archive's limit, but more XML than a document part may hold: stopped at 25 MB.
    ['declares 90 MB, under the limit, and inflates past it', 90 * MB, tooMuchXml],
  ])('a DOCX whose document part %s is refused while inflating, memory bounded', async (_, declaredSize, message) => {
    const path = write(
      `bomb-${declaredSize}.docx`,
      writeZip([...docxPackageParts(), { name: 'word/document.xml', deflated: { data: bomb, declaredSize } }]),
    );
    const before = process.memoryUsage().rss;
    const error = await failure(path);
    const growth = process.memoryUsage().rss - before;
    expect(error.message).toBe(message);
    expect(growth).toBeLessThan(300 * MB);
  });

  it('counts every part against the same 100 MB, not each part alone', async () => {
    const parts = Array.from({ length: 3 }, (_, i) => ({
      name: `word/part${i}.xml`,
      deflated: { data: deflatedZeros(40), declaredSize: 40 * MB },
    }));
    const path = write(
      'bomb-parts.docx',
      writeZip([...docxPackageParts(), { name: 'word/document.xml', data: documentXml(paragraphXml('x')) }, ...parts]),
    );
    expect((await failure(path)).code).toBe('zip-too-large');
  });
});

describe('archives Word never writes', () => {
  it('refuses a DOCX with 10,000 entries before inflating any', async () => {
    const entries = [...docxPackageParts(), { name: 'word/document.xml', data: documentXml(paragraphXml('x')) }];
    for (let i = 0; i < 10_000; i++)
      entries.push({ name: `word/media/image${i}.png`, data: '', stored: true } as never);
    const error = await failure(write('many.docx', writeZip(entries)));
    expect(error.code).toBe('zip-too-many-entries');
    expect(error.message).toBe(
      'The Word document holds too many parts (10003; at most 1000 are accepted). It was not opened.',
    );
  });

  it('refuses a truncated DOCX', async () => {
    const bytes = readFileSync(realDocx);
    const error = await failure(write('truncated.docx', bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(error.code).toBe('zip-truncated');
  });

  it('refuses a ZIP that has no Word document in it', async () => {
    expect((await failure(write('other.docx', writeZip([{ name: 'content.xml', data: '<office/>' }])))).code).toBe(
      'not-docx',
    );
  });

  it('refuses XML with a DTD (entity expansion), in plain words', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${documentXml(paragraphXml('&b;')).replace(/^<\?xml[^>]*\?>/, '')}`;
    const error = await failure(
      write('dtd.docx', writeZip([...docxPackageParts(), { name: 'word/document.xml', data: xml }])),
    );
    expect(error.code).toBe('docx-unsafe');
    expect(error.message).not.toMatch(/document type definition|DTD|entity/i);
  });
});

describe('XML that would exhaust the converter', () => {
  it.each([
    [
      'nested 200,000 levels deep',
      `${'<w:sdt><w:sdtContent>'.repeat(100_000)}${paragraphXml('deep')}${'</w:sdtContent></w:sdt>'.repeat(100_000)}`,
      'docx-too-deep',
    ],
    ['made of 2 million empty paragraphs', '<w:p/>'.repeat(2_000_000), 'docx-too-much-content'],
  ])('refuses a document %s, memory bounded', async (_, body, code) => {
    const path = write(
      `xml-${body.length}.docx`,
      writeZip([...docxPackageParts(), { name: 'word/document.xml', data: documentXml(body) }]),
    );
    const before = process.memoryUsage().rss;
    const error = await failure(path);
    expect(error.code).toBe(code);
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
        {
          name: 'word/document.xml',
          data: documentXml(
            `${paragraphXml('Norm 7 (UNGGE 2015 report, paragraph 13g) – Protect critical infrastructure', true)}${paragraphXml('Before the images.')}${drawing('r:link="rId5"')}${drawing('r:embed="rId6"')}${paragraphXml('After the images.')}`,
          ),
        },
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
    const code = await run([path, '-o', join(dir, 'huge.normdraft')], {
      ...nodeIo,
      stdout: () => undefined,
      stderr: (line) => err.push(line),
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
    expect(code).toBe(1);
    expect(err).toEqual([`error: ${path}: the file is too large (200.0 MB; at most 20 MB)`]);

    let next = 0;
    const { importDocument } = await import('../../shared/import');
    await expect(
      importDocument(
        { name: 'huge.txt', bytes: new Uint8Array(200 * MB) },
        { templates: [], now: 0, newId: () => String(next++) },
      ),
    ).rejects.toMatchObject({
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

type Outcome = { refused: ImportErrorCode } | { warnings: ImportWarningCode[]; keeps?: string[] };

/** What each input of the corpus gives: the error, or the warnings the report must hold (exactly) and text the draft keeps. */
const OUTCOMES: Record<string, Outcome> = {
  'zip-bomb-ratio': { refused: 'zip-too-large' },
  'zip-many-entries': { refused: 'zip-too-many-entries' },
  'zip-nested': { warnings: ['embedded-objects-ignored'], keeps: ['The embedded archive is never opened.'] },
  'xml-inflated': { refused: 'docx-too-much-content' },
  'xml-at-element-limit': { warnings: [] },
  'xml-many-paragraphs': { warnings: [] },
  'xml-billion-laughs': { refused: 'docx-unsafe' },
  'xml-external-entity': { refused: 'docx-unsafe' },
  'xml-deep': { refused: 'docx-too-deep' },
  'xml-deep-attribute': { refused: 'docx-too-deep' },
  'xml-deep-hidden': { refused: 'docx-too-deep' },
  'docx-nested-tables': {
    warnings: ['nesting-flattened', 'table-flattened'],
    keeps: ['Innermost cell of the Examplia table'],
  },
  'docx-huge-run': { warnings: [] },
  'docx-huge-table': { warnings: ['table-flattened'] },
  'md-emphasis': { refused: 'too-complex' },
  'md-emphasis-paragraphs': { warnings: [] },
  'md-brackets': { refused: 'too-complex' },
  'md-brackets-paragraphs': { warnings: [] },
  'md-links': { warnings: [] },
  'md-backticks': { warnings: [] },
  'md-trailing-spaces': { warnings: [], keeps: ['b c'] },
  'md-deep-list': { warnings: ['nesting-flattened'], keeps: ['level 2000'] },
  'md-deep-quote': { warnings: ['nesting-flattened'], keeps: ['deepest quote'] },
  'md-deep-quote-lines': { warnings: ['nesting-flattened'], keeps: ['quote 1000'] },
  'md-huge-run': { warnings: [] },
  'md-huge-table': { warnings: [] },
  'md-many-items': { warnings: [] },
  'text-huge-line': { warnings: [] },
  'text-deep-indent': { warnings: [], keeps: ['level 2000'] },
  'text-many-items': { warnings: [] },
  'text-marks': { warnings: [] },
};

/** All the text of a draft, footnotes included, as one string. */
function draftText(draft: Draft): string {
  return draft.sections
    .map(
      (section) => `${bodyText(section.content).body}\n${footnoteTexts({ ...draft, sections: [section] }).join('\n')}`,
    )
    .join('\n');
}

describe('the hostile corpus', () => {
  const corpus = hostileCorpus();

  it('has an expected outcome for every input', () => {
    expect(corpus.map((input) => input.name).sort()).toEqual(Object.keys(OUTCOMES).sort());
  });

  // Each input is large by design (up to 5 MB); what it costs is measured by `npm run bench`
  // (hostile-input), so this only allows for a slow, busy machine.
  it.each(corpus.map((input) => [input.name, input] as const))(
    '%s is refused in plain words or imported with what changed listed',
    { timeout: 60_000 },
    async (name, input) => {
      const expected = OUTCOMES[name]!;
      let next = 0;
      const run = importDocument(
        { name: `${name}${input.extension}`, bytes: input.bytes() },
        { templates: repoTemplates(), now: Date.UTC(2026, 3, 1), newId: () => `id-${next++}` },
      );
      if ('refused' in expected) {
        const error = await run.then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).code).toBe(expected.refused);
        expect((error as ImportError).message).toBe(
          interpolate(english.error[expected.refused], (error as ImportError).params),
        );
        return;
      }
      const { draft, report } = await run;
      expect(report.warnings.map((warning) => warning.code).sort()).toEqual([...expected.warnings].sort());
      const text = draftText(draft);
      for (const kept of expected.keeps ?? []) expect(text).toContain(kept);
    },
  );
});

describe('import error messages', () => {
  const languages = readdirSync(join(import.meta.dirname, '..', '..', 'locales'));

  it.each(languages)(
    'say in plain words, in %s, what is wrong and what to do, without the parser’s words',
    (language) => {
      const messages = JSON.parse(
        readFileSync(join(import.meta.dirname, '..', '..', 'locales', language, 'import.json'), 'utf8'),
      ) as { error: Record<string, string> };
      for (const code of IMPORT_ERROR_CODES) {
        const message = messages.error[code]!;
        expect(message, code).toBeTruthy();
        expect(message, code).not.toMatch(
          /\{\{\s*detail\s*\}\}|document type definition|DTD|schema|stack|\.xml|ZIP64/i,
        );
      }
    },
  );

  it('are printed by the command line as one plain English line', async () => {
    const input = hostileCorpus().find((candidate) => candidate.name === 'xml-deep-attribute')!;
    const path = write('deep-attribute.docx', input.bytes());
    const err: string[] = [];
    const code = await run([path, '-o', join(dir, 'deep-attribute.normdraft')], {
      ...nodeIo,
      stdout: () => undefined,
      stderr: (line) => err.push(line),
    });
    expect(code).toBe(1);
    expect(err).toEqual([
      `error: ${path}: The Word document has content nested more than 128 levels deep (such as tables inside tables), far more than a real document needs. It was not opened. Open it in Word, simplify the nesting, save it and import it again.`,
    ]);
  });
});

describe('what a Word document loses is listed', () => {
  it('reports page header text and elements the converter cannot read, and imports the rest', async () => {
    const header = `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Republic of Examplia – restricted</w:t></w:r></w:p></w:hdr>`;
    const body = `${paragraphXml('Norm 7 (UNGGE 2015 report, paragraph 13g) – Protect critical infrastructure', true)}<w:p><w:r><w:t>Kept text.</w:t></w:r><w:madeUpShape><w:r><w:t>Text inside a shape</w:t></w:r></w:madeUpShape></w:p>`;
    const path = write(
      'losses.docx',
      writeZip([
        ...docxPackageParts(),
        { name: 'word/document.xml', data: documentXml(body) },
        { name: 'word/header1.xml', data: header },
      ]),
    );
    const { report } = await importFile(path);
    expect(report.normsFound).toEqual(['g']);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        { code: 'headers-footers-ignored', params: {} },
        { code: 'unsupported-content-ignored', params: { count: 1 } },
      ]),
    );
  });
});
