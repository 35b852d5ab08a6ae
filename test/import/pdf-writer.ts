// A tiny PDF writer for tests: pages of text in Helvetica (a standard font, nothing embedded),
// written byte by byte so tests can make files no real writer would (thousands of pages, an
// encryption dictionary with no password that opens it, a wrong cross-reference table, a script,
// a compressed page that inflates to far more than the file holds).
import { constants, deflateRawSync } from 'node:zlib';

export interface TestPdf {
  /** Lines of text on every page, top to bottom. */
  lines: string[];
  pages?: number;
  /** An /Encrypt dictionary whose password checks fail: the reader must ask for a password. */
  encrypted?: boolean;
  /** JavaScript run when the document opens, in a reader that runs scripts. */
  script?: string;
  /** Every offset in the cross-reference table off by this many bytes. */
  xrefShift?: number;
  /**
   * Lines in Chinese below the others, in a font the file does not embed (STSong-Light, UCS-2
   * codes): a reader needs the standard character maps to turn them into text.
   */
  chinese?: string[];
  /** The page content as a FlateDecode stream of these zlib bytes instead of the lines (see flateBomb). */
  deflated?: Uint8Array;
}

const ADLER = 65521;

/**
 * zlib data that inflates to `megabytes` MB of `unit` repeated, in about a thousandth of that:
 * one MB compressed on its own, its block repeated (each block is whole and refers to no other),
 * with the right checksum at the end.
 */
export function flateBomb(unit: string, megabytes: number): Uint8Array {
  const mb = 1 << 20;
  const chunk = Buffer.from(unit.repeat(Math.ceil(mb / unit.length)).slice(0, mb), 'latin1');
  const block = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  let [ca, cb] = [1, 0];
  for (const byte of chunk) [ca, cb] = [(ca + byte) % ADLER, (cb + ca + byte) % ADLER];
  // The checksum of the chunk repeated: each copy adds its sums, shifted by what came before.
  let [a, b] = [1, 0];
  for (let i = 0; i < megabytes; i++)
    [a, b] = [(a + ca - 1 + ADLER) % ADLER, (b + cb + (((mb % ADLER) * (a - 1 + ADLER)) % ADLER)) % ADLER];
  const out = Buffer.alloc(2 + block.length * megabytes + 5 + 4);
  out.set([0x78, 0xda]);
  for (let i = 0; i < megabytes; i++) out.set(block, 2 + i * block.length);
  const end = 2 + block.length * megabytes;
  out.set([0x01, 0x00, 0x00, 0xff, 0xff], end); // a last, empty stored block
  out.writeUInt32BE(((b << 16) | a) >>> 0, end + 5);
  return new Uint8Array(out);
}

/** Binary bytes as the Latin-1 characters the writer assembles the file from. */
function flateStream(bytes: Uint8Array): string {
  let data = '';
  for (let i = 0; i < bytes.length; i += 0x8000) data += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `<< /Length ${bytes.length} /Filter /FlateDecode >>\nstream\n${data}\nendstream`;
}

const ucs2 = (text: string) => [...text].map((char) => char.charCodeAt(0).toString(16).padStart(4, '0')).join('');

const escape = (text: string) => text.replace(/[\\()]/g, '\\$&');

export function writeTestPdf(spec: TestPdf): Uint8Array {
  const pages = spec.pages ?? 1;
  const chinese = (spec.chinese ?? []).map((line) => `<${ucs2(line)}> Tj T*`).join(' ');
  const content = `BT /F1 11 Tf 72 760 Td 14 TL ${spec.lines.map((line) => `(${escape(line)}) Tj T*`).join(' ')}${chinese ? ` /F2 11 Tf T* ${chinese}` : ''} ET`;
  // Objects 1 catalog, 2 page tree, 3 font, 4 content, 5 script (optional), then one per page.
  const first = 6;
  const objects = new Map<number, string>([
    [1, `<< /Type /Catalog /Pages 2 0 R${spec.script ? ' /OpenAction 5 0 R' : ''} >>`],
    [
      2,
      `<< /Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ')}] >>`,
    ],
    [3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'],
    [4, spec.deflated ? flateStream(spec.deflated) : `<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
    [5, `<< /S /JavaScript /JS (${escape(spec.script ?? '')}) >>`],
  ]);
  for (let i = 0; i < pages; i++)
    objects.set(
      first + i,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R${spec.chinese ? ` /F2 ${first + pages + 1} 0 R` : ''} >> >> /Contents 4 0 R >>`,
    );
  const encryptId = first + pages;
  if (spec.chinese) {
    const font = first + pages + 1;
    objects.set(
      font,
      `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${font + 1} 0 R] >>`,
    );
    objects.set(
      font + 1,
      `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${font + 2} 0 R /DW 1000 >>`,
    );
    objects.set(
      font + 2,
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    );
  }
  if (spec.encrypted) {
    const hex32 = (byte: string) => `<${byte.repeat(32)}>`;
    objects.set(encryptId, `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O ${hex32('4f')} /U ${hex32('55')} >>`);
  }
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  const size = Math.max(...objects.keys()) + 1;
  for (let id = 1; id < size; id++) {
    offsets[id] = body.length + (spec.xrefShift ?? 0);
    body += `${id} 0 obj\n${objects.get(id) ?? 'null'}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  const encrypt = spec.encrypted
    ? ` /Encrypt ${encryptId} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`
    : '';
  body += `trailer\n<< /Size ${size} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1 bytes, one per character (the header's binary marker included).
  return Uint8Array.from(body, (char) => char.charCodeAt(0));
}
