// The .docx package: docx writes every part for a document with an empty body and no
// footnotes (styles, numbering, settings, header and footer, relationships, content types),
// then the body, the footnotes and their hyperlink relationships, written as text by this
// writer, go into those parts, and the whole is zipped.
import type { Document } from 'docx';
import { Packer } from 'docx';
import { DOCX_ZIP_LIMITS, readZipDirectory } from '../import/zip/directory';
import { inflateEntry } from '../import/zip/inflate';
import { writeZip, type ZipPart } from './zip';

export interface PackageContent {
  /** The paragraphs of the body (before the section properties). */
  body: string;
  /** <w:footnote> elements after docx's separators. */
  footnotes: string;
  /** <Relationship> elements of the document and of the footnotes. */
  documentLinks: string;
  footnoteLinks: string;
}

type Override = { path: string; data: string };
type Compile = (file: Document, prettify: undefined, overrides: readonly Override[]) => Map<string, string | Uint8Array>;

/** Inserts `text` just before (or after) `marker` in a part; a part without it is a bug here. */
function insertAt(xml: string, part: string, marker: string, text: string, after = false): string {
  const at = after ? xml.indexOf(marker) : xml.lastIndexOf(marker);
  if (at < 0) throw new Error(`DOCX writer: ${marker} not found in ${part}`);
  const cut = after ? at + marker.length : at;
  return xml.slice(0, cut) + text + xml.slice(cut);
}

/** Adds <Relationship> elements to a .rels part, which docx writes self-closed when empty. */
function addRelationships(xml: string, part: string, entries: string): string {
  if (entries === '') return xml;
  if (xml.includes('</Relationships>')) return insertAt(xml, part, '</Relationships>', entries);
  const empty = /<Relationships( [^>]*)?\/>/.exec(xml);
  if (!empty) throw new Error(`DOCX writer: no <Relationships> in ${part}`);
  return `${xml.slice(0, empty.index)}<Relationships${empty[1] ?? ''}>${entries}</Relationships>${xml.slice(empty.index + empty[0].length)}`;
}

const EDITS: Record<string, (xml: string, content: PackageContent, part: string) => string> = {
  'word/document.xml': (xml, c, part) => insertAt(xml, part, '<w:body>', c.body, true),
  'word/footnotes.xml': (xml, c, part) => insertAt(xml, part, '</w:footnotes>', c.footnotes),
  'word/_rels/document.xml.rels': (xml, c, part) => addRelationships(xml, part, c.documentLinks),
  'word/_rels/footnotes.xml.rels': (xml, c, part) => addRelationships(xml, part, c.footnoteLinks),
};

/**
 * docx's parts by name, in its order. docx 9 (pinned) compiles the parts and then zips them;
 * its compiler is called directly when it is there, because compressing the parts only to
 * inflate them again cost about 70 ms of a large export. Otherwise docx's package is unzipped.
 */
export async function docxParts(doc: Document, overrides: Override[], direct = true): Promise<Map<string, string | Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: { compile?: Compile } }).compiler;
  if (direct && typeof compiler?.compile === 'function') return compiler.compile(doc, undefined, overrides);
  const zip = await Packer.pack(doc, 'uint8array', false, overrides);
  const entries = await Promise.all(readZipDirectory(zip).map(async (entry) => [entry.name, await inflateEntry(zip, entry, DOCX_ZIP_LIMITS.maxTotalInflated / (1024 * 1024))] as const));
  return new Map(entries);
}

export async function writePackage(doc: Document, overrides: Override[], content: PackageContent): Promise<Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const parts: ZipPart[] = [];
  const edited = new Set<string>();
  for (const [name, data] of await docxParts(doc, overrides)) {
    if (!Object.hasOwn(EDITS, name)) {
      parts.push({ name, data: typeof data === 'string' ? encoder.encode(data) : data });
      continue;
    }
    edited.add(name);
    parts.push({ name, data: encoder.encode(EDITS[name]!(typeof data === 'string' ? data : decoder.decode(data), content, name)) });
  }
  const missing = Object.keys(EDITS).filter((name) => !edited.has(name));
  if (missing.length > 0) throw new Error(`DOCX writer: docx wrote no ${missing.join(', ')}`);
  return writeZip(parts);
}
