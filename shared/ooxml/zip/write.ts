// Writes a ZIP archive (a .docx package, or the checked copy the importer hands mammoth). Each
// part is deflated with the platform's CompressionStream (native zlib in browsers, web workers and
// Node, and the parts are compressed in parallel where the platform can); without one, or when
// asked, parts are stored. Entries carry a fixed date, so the archive holds no time the user did
// not choose (the export time is in docProps/core.xml, or not).
import { crc32 } from './crc32';

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

interface StreamPair {
  readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }> } };
  writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
}
type CompressionStreamConstructor = new (format: 'deflate-raw') => StreamPair;

const DEFLATE = 8;
const STORE = 0;
const UTF8_NAMES = 0x0800;
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;

async function deflateRaw(data: Uint8Array, Ctor: CompressionStreamConstructor): Promise<Uint8Array> {
  const stream = new Ctor('deflate-raw');
  const writer = stream.writable.getWriter();
  const writing = writer.write(data).then(() => writer.close());
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) {
      chunks.push(value);
      length += value.length;
    }
  }
  await writing;
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

interface Entry {
  name: Uint8Array;
  method: number;
  crc: number;
  size: number;
  body: Uint8Array;
}

async function entryOf(part: ZipPart, Ctor: CompressionStreamConstructor | null): Promise<Entry> {
  const name = new TextEncoder().encode(part.name);
  const crc = crc32(part.data);
  if (!Ctor || part.data.length === 0) return { name, method: STORE, crc, size: part.data.length, body: part.data };
  return { name, method: DEFLATE, crc, size: part.data.length, body: await deflateRaw(part.data, Ctor) };
}

function header(view: DataView, at: number, entry: Entry, central: boolean): number {
  const field = central ? at + 2 : at; // central headers have "version made by" first
  view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
  if (central) view.setUint16(at + 4, 20, true);
  view.setUint16(field + 4, 20, true);
  view.setUint16(field + 6, UTF8_NAMES, true);
  view.setUint16(field + 8, entry.method, true);
  view.setUint16(field + 10, 0, true);
  view.setUint16(field + 12, DOS_DATE_1980_01_01, true);
  view.setUint32(field + 14, entry.crc, true);
  view.setUint32(field + 18, entry.body.length, true);
  view.setUint32(field + 22, entry.size, true);
  view.setUint16(field + 26, entry.name.length, true);
  return central ? 46 : 30;
}

export interface ZipOptions {
  /** false: every part is stored (the importer's copy for mammoth, which is read once, at once). */
  compress?: boolean;
}

export async function writeZip(parts: readonly ZipPart[], options: ZipOptions = {}): Promise<Uint8Array> {
  // Browsers, web workers and Node 20 all have it; declared locally because shared/ has no DOM types.
  const Ctor =
    options.compress === false
      ? null
      : ((globalThis as { CompressionStream?: CompressionStreamConstructor }).CompressionStream ?? null);
  const entries = await Promise.all(parts.map((part) => entryOf(part, Ctor)));
  const localSize = entries.reduce((sum, e) => sum + 30 + e.name.length + e.body.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const entry of entries) {
    offsets.push(at);
    at += header(view, at, entry, false);
    out.set(entry.name, at);
    out.set(entry.body, at + entry.name.length);
    at += entry.name.length + entry.body.length;
  }
  const centralStart = at;
  entries.forEach((entry, i) => {
    const start = at;
    at += header(view, at, entry, true);
    view.setUint32(start + 42, offsets[i]!, true);
    out.set(entry.name, at);
    at += entry.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
