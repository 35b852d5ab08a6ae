import { afterEach, describe, expect, it, vi } from 'vitest';
import { inflateEntry } from './inflate';
import { readZipDirectory } from './read';
import { writeZip } from './write';

const encoder = new TextEncoder();
const PARTS = [
  { name: '[Content_Types].xml', data: encoder.encode('<Types/>') },
  {
    name: 'word/document.xml',
    data: encoder.encode(`<w:document>${'<w:p>Examplia — ümlaut 中文</w:p>'.repeat(2_000)}</w:document>`),
  },
  { name: 'word/empty.xml', data: new Uint8Array(0) },
];

async function readBack(zip: Uint8Array): Promise<Map<string, { method: number; data: Uint8Array }>> {
  const entries = readZipDirectory(zip);
  return new Map(
    await Promise.all(
      entries.map(
        async (entry) => [entry.name, { method: entry.method, data: await inflateEntry(zip, entry, 1_000) }] as const,
      ),
    ),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('writeZip', () => {
  it('writes an archive whose parts read back unchanged, compressed', async () => {
    const zip = await writeZip(PARTS);
    const read = await readBack(zip);
    expect([...read.keys()]).toEqual(PARTS.map((p) => p.name));
    for (const part of PARTS) expect(read.get(part.name)!.data).toEqual(part.data);
    expect(read.get('word/document.xml')!.method).toBe(8);
    expect(zip.length).toBeLessThan(PARTS[1]!.data.length / 10);
  });

  it('stores the parts where the platform cannot compress', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const read = await readBack(await writeZip(PARTS));
    for (const part of PARTS) expect(read.get(part.name)).toEqual({ method: 0, data: part.data });
  });

  it('stores the parts when asked to', async () => {
    const read = await readBack(await writeZip(PARTS, { compress: false }));
    for (const part of PARTS) expect(read.get(part.name)).toEqual({ method: 0, data: part.data });
  });

  it('gives every entry the same fixed date, never the time of the export', async () => {
    const zip = await writeZip(PARTS);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (const entry of readZipDirectory(zip)) {
      const local = entry.dataStart - 30 - entry.name.length;
      expect([view.getUint16(local + 10, true), view.getUint16(local + 12, true)]).toEqual([0, 0x21]);
    }
  });
});
