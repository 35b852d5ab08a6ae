// Compressed streams measured before pdf.js reads the file. pdf.js inflates a FlateDecode stream
// whole, in one piece, before it looks at it: a file of a few megabytes can hold a stream that
// inflates to gigabytes (a "compression bomb") and takes the reader's memory and minutes. Here
// every FlateDecode stream is inflated once, by the host's bounded inflater when it has one
// (PdfEngine.inflatedSize) or the platform's streaming DecompressionStream, counting the bytes as
// they come and keeping none, and the file is refused as soon as the streams together inflate
// past the limit. Streams this scan cannot read (other filters first,
// encrypted data) are left to pdf.js, whose reading is bounded by time (extract.ts).
import { ImportError, throwIfCancelled, type AbortSignalLike } from '../errors';

interface StreamPair {
  readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } };
  writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
}
type DecompressionStreamConstructor = new (format: 'deflate') => StreamPair;

const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"
const ENDSTREAM = [0x65, 0x6e, 0x64, ...STREAM]; // "endstream"
/** How far before "stream" its dictionary is looked for. */
const DICTIONARY_REACH = 4_096;
const INPUT_CHUNK = 64 * 1024;

const latin1 = (bytes: Uint8Array) => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x2000) text += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return text;
};

function matchesAt(bytes: Uint8Array, at: number, pattern: readonly number[]): boolean {
  for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) return false;
  return true;
}

function indexOfBytes(bytes: Uint8Array, pattern: readonly number[], from: number): number {
  for (let at = bytes.indexOf(pattern[0]!, from); at !== -1; at = bytes.indexOf(pattern[0]!, at + 1))
    if (matchesAt(bytes, at, pattern)) return at;
  return -1;
}

function isStreamKeyword(bytes: Uint8Array, at: number): boolean {
  if (!matchesAt(bytes, at, STREAM)) return false;
  const before = bytes[at - 1];
  // "endstream" is not a start; the keyword follows the dictionary's ">>" (and maybe spaces).
  return before !== 0x64 && (bytes[at + 6] === 0x0a || bytes[at + 6] === 0x0d);
}

interface FlateStream {
  start: number;
  end: number;
}

/** The FlateDecode streams of the file: where their data starts and ends. */
function flateStreams(bytes: Uint8Array): FlateStream[] {
  const out: FlateStream[] = [];
  for (let at = bytes.indexOf(0x73); at !== -1; at = bytes.indexOf(0x73, at + 1)) {
    if (!isStreamKeyword(bytes, at)) continue;
    const head = latin1(bytes.subarray(Math.max(0, at - DICTIONARY_REACH), at));
    const dictionary = head.slice(head.lastIndexOf(' obj') + 1);
    // Only streams whose first (or only) filter is FlateDecode: what this scan can inflate.
    if (!/\/Filter\s*(?:\[\s*)?\/FlateDecode/.test(dictionary)) continue;
    const start = at + 6 + (bytes[at + 6] === 0x0d && bytes[at + 7] === 0x0a ? 2 : 1);
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    let end = length ? start + Number(length[1]) : -1;
    if (end < start || end > bytes.length) {
      // An indirect or wrong length: the data runs to "endstream".
      const close = indexOfBytes(bytes, ENDSTREAM, start);
      end = close === -1 ? bytes.length : close;
    }
    out.push({ start, end });
    at = end - 1;
  }
  return out;
}

/** Inflated bytes of one stream, counted up to `room` (more than room: the scan stops). */
async function streamedSize(data: Uint8Array, room: number, Ctor: DecompressionStreamConstructor): Promise<number> {
  const stream = new Ctor('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    for (let at = 0; at < data.length && !stopped; at += INPUT_CHUNK)
      await writer.write(data.subarray(at, at + INPUT_CHUNK));
    if (!stopped) await writer.close();
  })();
  feeding.catch(() => undefined); // damaged data: pdf.js decides what to make of it
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || !value) break;
      size += value.length;
      if (size > room) break;
    }
  } catch {
    // Damaged or not zlib data: what came out so far counts.
  } finally {
    stopped = true;
    await reader.cancel().catch(() => undefined);
  }
  return size;
}

/** Bytes zlib data inflates to, counted up to `room` and a little past it (then the count stops). */
export type InflatedSize = (data: Uint8Array, room: number) => Promise<number>;

/**
 * Refuses ('pdf-too-complex') a file whose FlateDecode streams inflate to more than `limit` bytes
 * together. Without an inflater (the host's or the platform's) nothing is checked here.
 */
export async function checkCompressedStreams(
  bytes: Uint8Array,
  limit: number,
  signal: AbortSignalLike | undefined,
  hostSize?: InflatedSize,
): Promise<void> {
  const Ctor = (globalThis as { DecompressionStream?: DecompressionStreamConstructor }).DecompressionStream;
  const size: InflatedSize | null = hostSize ?? (Ctor ? (data, room) => streamedSize(data, room, Ctor) : null);
  if (!size) return;
  let total = 0;
  for (const { start, end } of flateStreams(bytes)) {
    throwIfCancelled(signal);
    total += await size(bytes.subarray(start, end), limit - total);
    if (total > limit) throw new ImportError('pdf-too-complex');
  }
}
