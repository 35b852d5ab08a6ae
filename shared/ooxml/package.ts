// An Office Open XML package as a list of parts, each with its path, content type and
// relationships, and the package's own relationships. writePackage writes [Content_Types].xml
// and every .rels part from that list and zips the whole; readPackage does the reverse. Any part
// can be added (comments, people, …): nothing here knows which parts a Word document has.
import { CONTENT_TYPES_PATH, contentTypesXml, readContentTypes } from './content-types';
import { PackageError, type AbortSignalLike } from './errors';
import {
  readRelationships,
  relationshipsPath,
  relationshipsXml,
  resolveTarget,
  type Relationship,
} from './relationships';
import { inflateEntry } from './zip/inflate';
import { PACKAGE_ZIP_LIMITS, readZipDirectory, type ZipLimits } from './zip/read';
import { writeZip, type ZipOptions, type ZipPart } from './zip/write';

export interface PackagePart {
  /** Inside the package, without a leading "/": "word/document.xml". */
  path: string;
  contentType: string;
  data: string | Uint8Array;
  relationships?: readonly Relationship[];
}

export interface OpcPackage {
  /** The package's own relationships (_rels/.rels): the main document, the properties. */
  relationships: readonly Relationship[];
  parts: readonly PackagePart[];
}

const isGenerated = (path: string) => path === CONTENT_TYPES_PATH || /(^|\/)_rels\/[^/]*\.rels$/.test(path);

/** Faults of the caller (a bug, not the user's): the package would not open in Word. */
function check(pkg: OpcPackage): void {
  const paths = new Set<string>();
  for (const part of pkg.parts) {
    if (part.path === '' || part.path.startsWith('/') || isGenerated(part.path))
      throw new Error(`Package writer: ${part.path || 'a part without a path'} cannot be written as a part`);
    if (paths.has(part.path.toLowerCase())) throw new Error(`Package writer: two parts named ${part.path}`);
    paths.add(part.path.toLowerCase());
  }
  const sources: Array<[string, readonly Relationship[]]> = [
    ['', pkg.relationships],
    ...pkg.parts.map((part): [string, readonly Relationship[]] => [part.path, part.relationships ?? []]),
  ];
  for (const [source, relationships] of sources) {
    const ids = new Set<string>();
    for (const r of relationships) {
      if (ids.has(r.id)) throw new Error(`Package writer: two relationships ${r.id} in ${relationshipsPath(source)}`);
      ids.add(r.id);
      if (!r.external && !paths.has(resolveTarget(source, r.target).toLowerCase()))
        throw new Error(
          `Package writer: ${relationshipsPath(source)} points to ${r.target}, which is not in the package`,
        );
    }
  }
}

export async function writePackage(pkg: OpcPackage, options?: ZipOptions): Promise<Uint8Array> {
  check(pkg);
  const encoder = new TextEncoder();
  const bytes = (data: string | Uint8Array) => (typeof data === 'string' ? encoder.encode(data) : data);
  const zip: ZipPart[] = [
    { name: CONTENT_TYPES_PATH, data: encoder.encode(contentTypesXml(pkg.parts)) },
    { name: relationshipsPath(''), data: encoder.encode(relationshipsXml(pkg.relationships)) },
  ];
  for (const part of pkg.parts) {
    zip.push({ name: part.path, data: bytes(part.data) });
    if (part.relationships?.length)
      zip.push({ name: relationshipsPath(part.path), data: encoder.encode(relationshipsXml(part.relationships)) });
  }
  return writeZip(zip, options);
}

export interface ReadOptions {
  limits?: ZipLimits;
  signal?: AbortSignalLike;
}

/**
 * Every part of a package, inflated under the archive's limits. Parts without a content type
 * are kept as application/octet-stream; a .rels part that is not well-formed is an error.
 */
export async function readPackage(bytes: Uint8Array, options: ReadOptions = {}): Promise<OpcPackage> {
  const limits = options.limits ?? PACKAGE_ZIP_LIMITS;
  const entries = readZipDirectory(bytes, limits);
  const limitMb = Math.round(limits.maxTotalInflated / (1024 * 1024));
  // Inflated side by side: each entry's size was checked against the limits with the directory.
  const data = new Map(
    await Promise.all(
      entries.map(async (entry) => [entry.name, await inflateEntry(bytes, entry, limitMb, options.signal)] as const),
    ),
  );
  const decoder = new TextDecoder('utf-8');
  const text = (path: string) => {
    const found = data.get(path);
    return found === undefined ? undefined : decoder.decode(found);
  };
  const types = text(CONTENT_TYPES_PATH);
  if (types === undefined) throw new PackageError('zip-invalid', { detail: 'no content types' });
  const contentTypeOf = readContentTypes(types);
  const relationshipsOf = (path: string) => {
    const rels = text(relationshipsPath(path));
    return rels === undefined ? [] : readRelationships(rels);
  };
  const parts: PackagePart[] = [];
  for (const [path, partData] of data) {
    if (isGenerated(path) || path.endsWith('/')) continue;
    const relationships = relationshipsOf(path);
    parts.push({
      path,
      contentType: contentTypeOf(path) ?? 'application/octet-stream',
      data: partData,
      ...(relationships.length > 0 ? { relationships } : {}),
    });
  }
  return { relationships: relationshipsOf(''), parts };
}

export function textOf(part: PackagePart): string {
  return typeof part.data === 'string' ? part.data : new TextDecoder('utf-8').decode(part.data);
}

/** The text of a part, or undefined when the package has none at that path. */
export function partText(pkg: OpcPackage, path: string): string | undefined {
  const part = pkg.parts.find((p) => p.path === path);
  return part && textOf(part);
}
