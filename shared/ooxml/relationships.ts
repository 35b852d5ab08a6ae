// Relationship parts (*.rels): how a part names the parts and outside targets it uses. A part's
// relationships live in `<folder>/_rels/<name>.rels`; the package's own in `_rels/.rels`.
import { escapeXml } from './xml/escape';
import { childElements, readXml } from './xml/reader';
import { NS } from './names';

export interface Relationship {
  id: string;
  type: string;
  /** Relative to the source part's folder, or a URL when external. */
  target: string;
  external?: boolean;
}

/** The .rels part of `partPath` ('' for the package itself). */
export function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The part a relationship of `sourcePath` points to, as a path inside the package. */
export function resolveTarget(sourcePath: string, target: string): string {
  const folder = target.startsWith('/') ? [] : sourcePath.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') folder.pop();
    else if (segment !== '.' && segment !== '') folder.push(segment);
  }
  return folder.join('/');
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.relationships}">`;
  for (const r of relationships) {
    xml += `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`;
  }
  return `${xml}</Relationships>`;
}

/** Reads a .rels part; entries without an id, type or target are left out. */
export function readRelationships(xml: string): Relationship[] {
  const root = readXml(xml, { [NS.relationships]: 'rel' });
  return childElements(root, 'rel:Relationship').flatMap((element): Relationship[] => {
    const { Id: id, Type: type, Target: target, TargetMode: mode } = element.attributes;
    if (!id || !type || target === undefined) return [];
    return [{ id, type, target, ...(mode === 'External' ? { external: true } : {}) }];
  });
}
