// Inflates one ZIP entry with the platform's streaming DecompressionStream, counting bytes as they
// come out: the inflation stops at the first chunk that would exceed the entry's declared size, so
// a zip bomb never gets to allocate what it promises. The declared sizes of all entries were
// summed against the archive's limit when the directory was read (read.ts), so no entry can
// take more than its share.
import { PackageError, throwIfAborted, type AbortSignalLike } from '../errors';
import type { ZipEntry } from './read';

interface StreamPair {
  readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } };
  writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
}
type DecompressionStreamConstructor = new (format: 'deflate-raw') => StreamPair;

const INPUT_CHUNK = 64 * 1024;

function decompressionStream(): StreamPair {
  // Browsers, web workers and Node 20 all have it; declared locally because shared/ has no DOM types.
  const Ctor = (globalThis as { DecompressionStream?: DecompressionStreamConstructor }).DecompressionStream;
  if (!Ctor) throw new PackageError('docx-unreadable', { detail: 'this platform cannot decompress ZIP data' });
  return new Ctor('deflate-raw');
}

/**
 * `limitMb` is the archive's limit, named in the message when an entry inflates past its
 * declared size. `onChunk` sees the inflated bytes as they come out and may throw to stop the inflation (the
 * importer's XML limits do): nothing more is inflated after it, and its error is passed on unchanged.
 */
export async function inflateEntry(
  archive: Uint8Array,
  entry: ZipEntry,
  limitMb: number,
  signal?: AbortSignalLike,
  onChunk?: (chunk: Uint8Array) => void,
): Promise<Uint8Array> {
  throwIfAborted(signal);
  const input = archive.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize)
      throw new PackageError('zip-invalid', { detail: `size of ${entry.name.slice(0, 80)}` });
    onChunk?.(input);
    return input;
  }
  if (entry.method !== 8) throw new PackageError('zip-unsupported', { detail: `method ${entry.method}` });

  // Never more than declared.
  const output = new Uint8Array(entry.uncompressedSize);
  const stream = decompressionStream();
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    for (let at = 0; at < input.length && !stopped; at += INPUT_CHUNK)
      await writer.write(input.subarray(at, at + INPUT_CHUNK));
    if (!stopped) await writer.close();
  })();
  feeding.catch(() => undefined); // a broken stream is reported by the reader below

  let written = 0;
  let refused: unknown = undefined; // what onChunk threw, passed on as it is
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value) continue;
      if (written + value.length > output.length) throw new PackageError('zip-too-large', { limit: limitMb });
      try {
        onChunk?.(value);
      } catch (error) {
        refused = error;
        throw error;
      }
      output.set(value, written);
      written += value.length;
      throwIfAborted(signal);
    }
  } catch (error) {
    stopped = true;
    await reader.cancel().catch(() => undefined);
    if (error instanceof PackageError || (refused !== undefined && error === refused)) throw error;
    throw new PackageError('zip-invalid', { detail: `damaged data in ${entry.name.slice(0, 80)}` });
  }
  return written === output.length ? output : output.subarray(0, written);
}
