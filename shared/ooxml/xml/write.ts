// Writes an element read with readXml back as XML text, for a piece of a part the writer takes
// from another writer (the section properties docx writes) and places in a part of its own.
import { escapeXml } from './escape';
import type { XmlElement } from './reader';

export function writeXmlElement(element: XmlElement): string {
  if (element.name.startsWith('{')) throw new Error(`XML writer: no prefix for ${element.name}`);
  let xml = `<${element.name}`;
  for (const [name, value] of Object.entries(element.attributes)) {
    if (name.startsWith('{')) throw new Error(`XML writer: no prefix for attribute ${name}`);
    xml += ` ${name}="${escapeXml(value)}"`;
  }
  if (element.children.length === 0) return `${xml}/>`;
  xml += '>';
  for (const child of element.children) xml += child.type === 'text' ? escapeXml(child.value) : writeXmlElement(child);
  return `${xml}</${element.name}>`;
}
