// [Content_Types].xml: the content type of every part, by extension (Default) or by name
// (Override). Part names in it start with "/"; paths in this code do not.
import { escapeXml } from './xml/escape';
import { childElements, readXml } from './xml/reader';
import { CONTENT_TYPE, NS } from './names';

export const CONTENT_TYPES_PATH = '[Content_Types].xml';

/** The defaults every package gets; any other part is named in an Override. */
const DEFAULTS: Readonly<Record<string, string>> = { rels: CONTENT_TYPE.relationships, xml: CONTENT_TYPE.xml };

const extensionOf = (path: string) => path.slice(path.lastIndexOf('.') + 1).toLowerCase();

export function contentTypesXml(parts: ReadonlyArray<{ path: string; contentType: string }>): string {
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${NS.contentTypes}">`;
  for (const [extension, type] of Object.entries(DEFAULTS))
    xml += `<Default Extension="${extension}" ContentType="${type}"/>`;
  for (const part of parts) {
    if (DEFAULTS[extensionOf(part.path)] === part.contentType) continue;
    xml += `<Override PartName="/${escapeXml(part.path)}" ContentType="${escapeXml(part.contentType)}"/>`;
  }
  return `${xml}</Types>`;
}

export type ContentTypeOf = (path: string) => string | undefined;

export function readContentTypes(xml: string): ContentTypeOf {
  const root = readXml(xml, { [NS.contentTypes]: 'ct' });
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const element of childElements(root, 'ct:Default')) {
    const { Extension: extension, ContentType: type } = element.attributes;
    if (extension && type) defaults.set(extension.toLowerCase(), type);
  }
  for (const element of childElements(root, 'ct:Override')) {
    const { PartName: name, ContentType: type } = element.attributes;
    // Part names are compared case-insensitively (OPC).
    if (name && type) overrides.set(name.replace(/^\//, '').toLowerCase(), type);
  }
  return (path) => overrides.get(path.toLowerCase()) ?? defaults.get(extensionOf(path));
}
