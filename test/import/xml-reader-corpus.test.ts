// The fast XML reader mammoth is given (shared/ooxml/xml/reader.ts) against mammoth's own
// (xmldom) on every XML part of real Word documents: pandoc's own reference document (written
// by Word), pandoc's DOCX of the Examplia fixtures, LibreOffice's, and the app's own exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadMammothXml } from '../../shared/import/docx/mammoth-xml';
import { readXmlTree } from '../../shared/ooxml/xml/reader';
import { readZipDirectory } from '../../shared/ooxml/zip/read';
import { inflateEntry } from '../../shared/ooxml/zip/inflate';
import { defaultExportOptions, exportDocx } from '../../shared/docx';
import { examplia as arabic } from '../docx/fixtures/examplia-ar';
import { examplia as english } from '../docx/fixtures/examplia-en';
import { examplia as chinese } from '../docx/fixtures/examplia-zh';
import { FIXTURES, pandoc, tempDir } from './support';
import { publicDraft } from '../../shared/collab/public-draft';

// mammoth's own reader, taken before anything replaces it; its namespace map (office-xml-reader.js).
const xml = await loadMammothXml();
const mammothRead = xml.readString;
const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};
const factory = {
  element: (name: string, attributes: Record<string, string>, children: never[]) =>
    new xml.Element(name, attributes, children),
  text: xml.text,
};

let dir: string;
const documents: string[] = [];

beforeAll(async () => {
  dir = tempDir('xml-corpus');
  const reference = join(dir, 'reference.docx');
  writeFileSync(reference, execFileSync('pandoc', ['--print-default-data-file', 'reference.docx']));
  documents.push(reference);
  for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.md'))) {
    const out = join(dir, name.replace(/\.md$/, '.docx'));
    pandoc([join(FIXTURES, name), '-o', out]);
    documents.push(out);
  }
  for (const [name, draft] of Object.entries({ english, arabic, chinese })) {
    const out = join(dir, `${name}.docx`);
    writeFileSync(
      out,
      await exportDocx(publicDraft(draft), { ...defaultExportOptions(), headerLine: 'Non-paper' }, { now: new Date() }),
    );
    documents.push(out);
  }
  // LibreOffice writes its own flavour of WordprocessingML.
  const profile = join(dir, 'lo-profile');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      join(dir, 'lo'),
      join(dir, 'english.docx'),
    ],
    { timeout: 120_000 },
  );
  documents.push(join(dir, 'lo', 'english.docx'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function xmlParts(file: string): Promise<Array<[string, string]>> {
  const bytes = new Uint8Array(readFileSync(file));
  const parts: Array<[string, string]> = [];
  for (const entry of readZipDirectory(bytes)) {
    if (!/\.(xml|rels)$/.test(entry.name)) continue;
    parts.push([entry.name, new TextDecoder().decode(await inflateEntry(bytes, entry, 100)).replace(/^\uFEFF/, '')]);
  }
  return parts;
}

describe('the XML reader given to mammoth', () => {
  it('builds exactly the tree mammoth builds, for every XML part of real Word documents', async () => {
    let compared = 0;
    for (const file of documents) {
      for (const [name, text] of await xmlParts(file)) {
        const theirs = await mammothRead(text, NAMESPACES);
        expect(readXmlTree(text, NAMESPACES, factory), `${file}: ${name}`).toEqual(theirs);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(60);
  });
});
