// Opens a DOCX safely before mammoth sees it: the ZIP directory is checked against the limits,
// only the XML parts mammoth reads are inflated, each scanned while it inflates (xml-limits.ts:
// a DTD, deep nesting, too many elements or too much XML stop the inflation), outside targets
// are reported, lettered list levels are marked, and a new archive of stored parts is written
// for mammoth. Media and embedded objects are never inflated.
import { hasOwnHeaderText } from './header-text';
import { asImportError, ImportError, throwIfCancelled, type AbortSignalLike } from '../errors';
import type { WarningLog } from '../warnings';
import { inflateEntry } from '../../ooxml/zip/inflate';
import { PACKAGE_ZIP_LIMITS, readZipDirectory, type ZipEntry, type ZipLimits } from '../../ooxml/zip/read';
import { writeZip, type ZipPart } from '../../ooxml/zip/write';
import {
  countChanges,
  readComments,
  rejectAllChanges,
  reviewSummary,
  type ImportedComment,
  type ImportReviewSummary,
  type TrackedChangesChoice,
} from './tracked-changes';
import { markLetteredLevels } from './numbering';
import { boldParagraphStyleMap } from './styles';
import { newXmlBudget, XmlShapeScanner } from './xml-limits';
import { mainDocumentPath, reportExternalTargets } from './relationships';

export interface SafePackage {
  /** A stored-only ZIP holding the checked parts. */
  zip: Uint8Array;
  letteredStyleIds: Set<string>;
  /** Extra mammoth style-map lines (bold paragraph styles). */
  styleMap: string[];
  /** The tracked changes and comments the file held, or null when none. */
  review: ImportReviewSummary | null;
}

function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** Parts mammoth may read: the package's own XML and the main document's folder, minus media. */
function isNeeded(name: string, mainFolder: string): boolean {
  if (name === '[Content_Types].xml' || name === '_rels/.rels') return true;
  if (!name.startsWith(mainFolder) || !/\.(xml|rels)$/i.test(name)) return false;
  return !/\/(embeddings|media|glossary)\//i.test(`/${name.slice(mainFolder.length)}`);
}

export async function openSafePackage(
  bytes: Uint8Array,
  log: WarningLog,
  signal?: AbortSignalLike,
  limits: ZipLimits = PACKAGE_ZIP_LIMITS,
  onProgress?: (fraction: number) => void,
  trackedChanges: TrackedChangesChoice = 'accept',
): Promise<SafePackage> {
  try {
    return await openChecked(bytes, log, signal, limits, onProgress, trackedChanges);
  } catch (error) {
    throw asImportError(error);
  }
}

async function openChecked(
  bytes: Uint8Array,
  log: WarningLog,
  signal: AbortSignalLike | undefined,
  limits: ZipLimits,
  onProgress: ((fraction: number) => void) | undefined,
  trackedChanges: TrackedChangesChoice,
): Promise<SafePackage> {
  const entries = readZipDirectory(bytes, limits);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const limitMb = Math.round(limits.maxTotalInflated / (1024 * 1024));
  const decoder = new TextDecoder('utf-8');
  const xmlBudget = newXmlBudget();
  const inflated = new Map<ZipEntry, Uint8Array>();
  const inflate = async (entry: ZipEntry) => {
    const known = inflated.get(entry);
    if (known) return known;
    const scanner = new XmlShapeScanner(xmlBudget);
    const data = await inflateEntry(bytes, entry, limitMb, signal, (chunk) => scanner.push(chunk));
    scanner.end();
    inflated.set(entry, data);
    return data;
  };

  const packageRels = byName.get('_rels/.rels');
  const mainPath = mainDocumentPath(packageRels ? decoder.decode(await inflate(packageRels)) : undefined);
  if (!byName.has(mainPath))
    throw new ImportError(byName.has('word/document.xml') ? 'docx-unreadable' : 'not-docx', { detail: mainPath });
  const mainFolder = directoryOf(mainPath);

  const embedded = entries.filter((entry) => /\/embeddings\//i.test(entry.name)).length;
  log.count('embedded-objects-ignored', embedded);

  const needed = entries.filter((entry) => isNeeded(entry.name, mainFolder));
  const stored: ZipPart[] = [];
  let letteredStyleIds = new Set<string>();
  let styleMap: string[] = [];
  const changed = { insertions: 0, deletions: 0, authors: [] as string[] };
  let comments: ImportedComment[] = [];
  // The parts whose text tracked changes can touch: the body and its notes.
  const revisable = new Set([mainPath, `${mainFolder}footnotes.xml`, `${mainFolder}endnotes.xml`]);
  for (const [index, entry] of needed.entries()) {
    throwIfCancelled(signal);
    let data = await inflate(entry);
    const text = decoder.decode(data);
    if (entry.name.endsWith('.rels')) reportExternalTargets(text, log);
    if (entry.name === `${mainFolder}comments.xml` && /<w:comment\b/.test(text)) comments = readComments(text);
    if (revisable.has(entry.name)) {
      countChanges(text, changed);
      if (trackedChanges === 'reject') data = new TextEncoder().encode(rejectAllChanges(text));
    }
    if (/^(header|footer)\d*\.xml$/.test(entry.name.slice(mainFolder.length)) && hasOwnHeaderText(text))
      log.add('headers-footers-ignored');
    if (entry.name === `${mainFolder}styles.xml`) styleMap = boldParagraphStyleMap(text);
    if (entry.name === `${mainFolder}numbering.xml`) {
      const marked = markLetteredLevels(text);
      letteredStyleIds = marked.letteredStyleIds;
      data = new TextEncoder().encode(marked.xml);
    }
    stored.push({ name: entry.name, data });
    onProgress?.((index + 1) / needed.length);
  }
  return {
    zip: await writeZip(stored, { compress: false }),
    letteredStyleIds,
    styleMap,
    review: reviewSummary(changed, comments, trackedChanges),
  };
}
