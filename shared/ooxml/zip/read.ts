// Reads a ZIP archive's central directory without inflating anything, refusing what a Word
// document never is: too many entries, too much declared content, encryption, ZIP64, parts that
// point outside the file. Limits are checked before any byte is inflated.
import { PackageError } from '../errors';

export interface ZipLimits {
  maxEntries: number;
  /** Bytes, summed over all entries, declared and actual. */
  maxTotalInflated: number;
}

export const PACKAGE_ZIP_LIMITS: ZipLimits = { maxEntries: 1_000, maxTotalInflated: 100 * 1024 * 1024 };

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's data in the archive. */
  dataStart: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_NAME_BYTES = 1_024;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (
      view.getUint32(at, true) === EOCD_SIGNATURE &&
      at + EOCD_SIZE + view.getUint16(at + 20, true) <= view.byteLength
    )
      return at;
  }
  return -1;
}

const invalid = (detail: string) => new PackageError('zip-invalid', { detail });
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = PACKAGE_ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length >= EOCD_SIZE ? findEndOfCentralDirectory(view) : -1;
  if (eocd < 0) throw new PackageError(looksLikeZip(bytes) ? 'zip-truncated' : 'not-zip');

  const diskNumber = view.getUint16(eocd + 4, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const totalEntries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (totalEntries === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    throw new PackageError('zip-unsupported', { detail: 'ZIP64' });
  }
  if (totalEntries > limits.maxEntries)
    throw new PackageError('zip-too-many-entries', { count: totalEntries, limit: limits.maxEntries });
  if (diskNumber !== 0 || entriesOnDisk !== totalEntries) throw invalid('split archive');
  if (directoryOffset + directorySize > eocd) throw new PackageError('zip-truncated');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  let declaredTotal = 0;
  let at = directoryOffset;
  for (let index = 0; index < totalEntries; index++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw invalid('central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (nameLength === 0 || nameLength > MAX_NAME_BYTES || at + 46 + nameLength > eocd) throw invalid('entry name');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    if (flags & 0x1) throw new PackageError('zip-encrypted');
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      throw new PackageError('zip-unsupported', { detail: 'ZIP64' });
    }
    if (names.has(name)) throw invalid(`two entries named ${name.slice(0, 80)}`);
    names.add(name);
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxTotalInflated)
      throw new PackageError('zip-too-large', { limit: mb(limits.maxTotalInflated) });

    if (localOffset + 30 > directoryOffset || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) {
      throw localOffset + 30 > bytes.length ? new PackageError('zip-truncated') : invalid('local header');
    }
    const dataStart =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > directoryOffset) throw new PackageError('zip-truncated');
    entries.push({ name, method, crc32, compressedSize, uncompressedSize, dataStart });
  }
  return entries;
}
