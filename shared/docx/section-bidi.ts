// docx 9 has no option for the section-level w:bidi that makes a whole section right-to-left
// (page layout, columns, gutter). It is added to the body's section properties as they are
// written, in the place the schema requires: before w:docGrid.
import type { Document, IXmlableObject } from 'docx';
import { OnOffElement } from 'docx';

export function markSectionRightToLeft(doc: Document): void {
  const sectionProperties = doc.Document.View.Body.getSectionPropertiesFor();
  if (!sectionProperties) return;
  const write = sectionProperties.prepForXml.bind(sectionProperties);
  sectionProperties.prepForXml = (context) => {
    const xml = write(context);
    const children: unknown = xml?.['w:sectPr'];
    if (!Array.isArray(children)) return xml;
    const bidi = new OnOffElement('w:bidi', true).prepForXml(context) as IXmlableObject;
    const grid = children.findIndex(
      (child: unknown) => typeof child === 'object' && child !== null && 'w:docGrid' in child,
    );
    children.splice(grid === -1 ? children.length : grid, 0, bidi);
    return xml;
  };
}
