// Reads the relationship parts (*.rels) for targets outside the package: an image linked to a
// file (r:link, TargetMode="External") is reported and never read; mammoth is never given file
// access either. Hyperlinks are checked later, link by link, with safeUrl.
import type { WarningLog } from '../warnings';

const RELATIONSHIP = /<Relationship\b[^>]*>/g;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

export function reportExternalTargets(relsXml: string, log: WarningLog): void {
  for (const match of relsXml.matchAll(RELATIONSHIP)) {
    const tag = match[0];
    if (attribute(tag, 'TargetMode') !== 'External') continue;
    const type = attribute(tag, 'Type') ?? '';
    if (type.endsWith('/hyperlink')) continue;
    if (type.endsWith('/image')) {
      const target = attribute(tag, 'Target') ?? '';
      log.add('external-image-dropped', { target: target.length > 120 ? `${target.slice(0, 117)}...` : target });
    } else log.count('external-reference-ignored');
  }
}

/** The main document part named by the package relationships (usually word/document.xml). */
export function mainDocumentPath(packageRels: string | undefined): string {
  for (const match of (packageRels ?? '').matchAll(RELATIONSHIP)) {
    const tag = match[0];
    if (!(attribute(tag, 'Type') ?? '').endsWith('/officeDocument')) continue;
    const target = (attribute(tag, 'Target') ?? '').replace(/^\/+/, '');
    if (target) return target;
  }
  return 'word/document.xml';
}
