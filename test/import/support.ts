// Helpers for the import tests: templates from the repository, pandoc conversions, and ZIP
// archives written byte by byte (so tests can build archives no real writer would make).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { Draft } from '../../shared/model/draft';
import { collectFootnotes } from '../../shared/model/footnotes';
import type { SerializedEditorState, SerializedNode } from '../../shared/model/lexical-json';
import { bodyText } from '../../shared/model/text';
import { loadTemplates, type Template } from '../../shared/templates/schema';
import { importDocument, type ImportResult } from '../../shared/import';

const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function repoTemplates(): Template[] {
  const dir = join(ROOT, 'templates');
  return loadTemplates(
    readdirSync(dir)
      .filter((name) => name.endsWith('.template.json'))
      .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8'))),
  );
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `norms-drafter-import-${prefix}-`));
}

export function importFile(path: string, extra: { templateId?: string } = {}): Promise<ImportResult> {
  let next = 0;
  return importDocument(
    { name: path, bytes: new Uint8Array(readFileSync(path)) },
    { templates: repoTemplates(), now: Date.UTC(2026, 3, 1), newId: () => `id-${next++}`, ...extra },
  );
}

export function pandoc(args: string[]): string {
  return execFileSync('pandoc', args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
}

/** Footnote texts in document order, each note's paragraphs joined. */
export function footnoteTexts(draft: Draft): string[] {
  return draft.sections.flatMap((section) =>
    collectFootnotes(section.content).map((note) => bodyText(note.note).body.replace(/\n/g, ' ')),
  );
}

/** Every list node of a state, nested ones included. */
export function lists(content: SerializedEditorState): Extract<SerializedNode, { type: 'list' }>[] {
  const found: Extract<SerializedNode, { type: 'list' }>[] = [];
  const visit = (node: SerializedNode) => {
    if (node.type === 'list') found.push(node);
    if ('children' in node) node.children.forEach(visit);
  };
  content.root.children.forEach(visit);
  return found;
}

export interface RawEntry {
  name: string;
  data?: Uint8Array | string;
  /** Already deflated data and the size the archive should declare for it. */
  deflated?: { data: Uint8Array; declaredSize: number };
  stored?: boolean;
}

/** A ZIP archive with exactly the entries and declared sizes given. */
export function writeZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw =
      typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data ?? new Uint8Array(0));
    const method = entry.stored ? 0 : 8;
    const data = entry.deflated ? Buffer.from(entry.deflated.data) : entry.stored ? raw : deflateRawSync(raw);
    const size = entry.deflated ? entry.deflated.declaredSize : raw.length;
    const crc = entry.deflated ? 0 : crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `megabytes` of zeros, deflated one megabyte at a time so the test never holds them all. */
export function deflatedZeros(megabytes: number): Uint8Array {
  const chunk = Buffer.alloc(1024 * 1024);
  const parts: Buffer[] = [];
  for (let i = 0; i < megabytes; i++) parts.push(deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH }));
  parts.push(deflateRawSync(Buffer.alloc(0)));
  return Buffer.concat(parts);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The parts every minimal DOCX needs besides word/document.xml. */
export function docxPackageParts(): RawEntry[] {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: PACKAGE_RELS },
  ];
}

export const W_NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

export function documentXml(bodyXml: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NAMESPACES}><w:body>${bodyXml}</w:body></w:document>`;
}

export const paragraphXml = (text: string, bold = false) =>
  `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
