// Data the app puts inside a Word file it writes, to read it back later (a contribution's ticket,
// the markers of a file sent for review): JSON as the text of a custom XML part
// (customXml/itemN.xml), which Word keeps as a data store item and LibreOffice keeps on a round
// trip (test/docx/contribution-word.test.ts, test/docx/review-back.test.ts).
import type { RelatedParts } from '../docx/package';
import { checkXmlShape, newXmlBudget } from '../import/docx/xml-limits';
import { NS } from '../ooxml/names';
import { textOf, type OpcPackage } from '../ooxml/package';
import { escapeXml } from '../ooxml/xml/escape';
import { readXml } from '../ooxml/xml/reader';

const CUSTOM_XML = `${NS.r}/customXml`;
const CUSTOM_XML_PROPS = `${NS.r}/customXmlProps`;
const ITEM_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

export interface DataPartKind {
  /** The XML namespace of the part's root element; also how the part is found again. */
  namespace: string;
  /** The root element's local name. */
  root: string;
  /** The data store item's id: fixed per kind, so other tools see the same item in every file. */
  itemId: string;
}

/** The custom XML part holding `data`, and its properties part, related from the document part. */
export function dataParts(kind: DataPartKind, data: unknown): RelatedParts {
  const item = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${kind.root} xmlns="${kind.namespace}">${escapeXml(JSON.stringify(data))}</${kind.root}>`;
  const props = `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${kind.itemId}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${kind.namespace}"/></ds:schemaRefs></ds:datastoreItem>`;
  return {
    relationships: [
      {
        id: `rId${kind.root[0]!.toUpperCase()}${kind.root.slice(1)}`,
        type: CUSTOM_XML,
        target: '../customXml/item1.xml',
      },
    ],
    parts: [
      {
        path: 'customXml/item1.xml',
        contentType: 'application/xml',
        data: item,
        relationships: [{ id: 'rId1', type: CUSTOM_XML_PROPS, target: 'itemProps1.xml' }],
      },
      { path: 'customXml/itemProps1.xml', contentType: ITEM_PROPS_TYPE, data: props },
    ],
  };
}

/**
 * The JSON of the first custom XML part of this kind in the package (Word and LibreOffice may
 * renumber the parts), whatever relates to it; undefined when there is none. Throws when the
 * part is there but its content is not JSON or goes beyond the import's XML limits.
 */
export function readDataPart(pkg: OpcPackage, kind: DataPartKind): unknown {
  for (const part of pkg.parts) {
    if (!/^customXml\/[^/]+\.xml$/i.test(part.path) || part.contentType === ITEM_PROPS_TYPE) continue;
    const text = textOf(part);
    if (!text.includes(kind.namespace)) continue;
    // The import's limits first: no DTD, bounded depth and size (the part comes from someone else's file).
    checkXmlShape(text, newXmlBudget());
    const root = readXml(text, { [kind.namespace]: 'nd' });
    if (root.name !== `nd:${kind.root}`) continue;
    return JSON.parse(root.children.map((child) => (child.type === 'text' ? child.value : '')).join('')) as unknown;
  }
  return undefined;
}
