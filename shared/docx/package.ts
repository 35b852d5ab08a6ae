// The .docx package, put together by shared/ooxml from a list of parts. docx writes, through its
// public Packer, the parts it writes well: styles, numbering (with the lists' instances), settings,
// fonts, theme, endnotes, header and footer, and the section properties (page size, margins,
// header and footer references) in an otherwise empty body. Its package is read back through
// shared/ooxml; this writer then writes the document part (the body it wrote, then docx's section
// properties), the footnotes part (docx's separators, then the notes) and any extra part
// (comments), each with its relationships, and shared/ooxml writes the content types, the .rels
// parts and the ZIP.
import type { Document } from 'docx';
import { Packer } from 'docx';
import { CONTENT_TYPE, NS, RELATIONSHIP } from '../ooxml/names';
import { readPackage, textOf, writePackage, type OpcPackage, type PackagePart } from '../ooxml/package';
import { resolveTarget, type Relationship } from '../ooxml/relationships';
import { readXml, type XmlElement } from '../ooxml/xml/reader';
import { writeXmlElement } from '../ooxml/xml/write';

export interface WordContent {
  /** The paragraphs of the body (before the section properties). */
  body: string;
  /** <w:footnote> elements, after docx's separators. */
  footnotes: string;
  /** Relationships of the document part and of the footnotes part (their hyperlinks). */
  documentLinks: readonly Relationship[];
  footnoteLinks: readonly Relationship[];
  /** A comments part (see comments.ts); the body holds the comments' anchors. */
  comments?: string;
  /** Its threads and resolved state (commentsExtended.xml, Word 2013 on), when any. */
  commentsExtended?: string;
  /** More parts the document part relates to (a contribution's custom XML part, with its own parts). */
  related?: RelatedParts;
}

export interface RelatedParts {
  /** Relationships of the document part to them (targets relative to word/). */
  relationships: readonly Relationship[];
  parts: readonly PackagePart[];
}

export type PropertyOverride = { path: string; data: string };

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const COMMENTS_ID = 'rIdComments';
const COMMENTS_EXTENDED_ID = 'rIdCommentsExtended';

/** docx's package, read back as parts; the document and footnotes parts found by their relationships. */
async function houseParts(
  doc: Document,
  overrides: PropertyOverride[],
): Promise<{ house: OpcPackage; document: PackagePart; footnotes: PackagePart }> {
  const house = await readPackage(await Packer.pack(doc, 'uint8array', false, overrides));
  const byPath = (path: string | undefined) => house.parts.find((part) => part.path === path);
  const main = house.relationships.find((r) => r.type === RELATIONSHIP.officeDocument);
  const document = byPath(main && resolveTarget('', main.target));
  const notes = document?.relationships?.find((r) => r.type === RELATIONSHIP.footnotes);
  const footnotes = document && notes ? byPath(resolveTarget(document.path, notes.target)) : undefined;
  if (!document || !footnotes) throw new Error('DOCX writer: docx wrote no document or no footnotes part');
  return { house, document, footnotes };
}

/**
 * The part with its root's children kept (what docx wrote) and `before`/`after` placed around
 * them; `container` is the element that holds them ("w:body", or the root itself).
 */
function rewritePart(part: PackagePart, container: string, before: string, after: string): string {
  const root = readXml(textOf(part), { [NS.w]: 'w', [NS.r]: 'r' });
  const holder =
    container === root.name
      ? root
      : root.children.find((child): child is XmlElement => child.type === 'element' && child.name === container);
  if (!holder) throw new Error(`DOCX writer: no ${container} in ${part.path}`);
  const kept = holder.children.map((child) => (child.type === 'element' ? writeXmlElement(child) : '')).join('');
  const inner = `${before}${kept}${after}`;
  const content = holder === root ? inner : `<${container}>${inner}</${container}>`;
  return `${DECLARATION}<${root.name} xmlns:w="${NS.w}" xmlns:r="${NS.r}">${content}</${root.name}>`;
}

export async function writeWordPackage(
  doc: Document,
  overrides: PropertyOverride[],
  content: WordContent,
): Promise<Uint8Array> {
  const { house, document, footnotes } = await houseParts(doc, overrides);
  const documentLinks = [...(document.relationships ?? []), ...content.documentLinks];
  const extra: PackagePart[] = [];
  if (content.comments !== undefined) {
    const path = resolveTarget(document.path, 'comments.xml');
    documentLinks.push({ id: COMMENTS_ID, type: RELATIONSHIP.comments, target: 'comments.xml' });
    extra.push({ path, contentType: CONTENT_TYPE.comments, data: content.comments });
    if (content.commentsExtended !== undefined) {
      const target = 'commentsExtended.xml';
      documentLinks.push({ id: COMMENTS_EXTENDED_ID, type: RELATIONSHIP.commentsExtended, target });
      extra.push({
        path: resolveTarget(document.path, target),
        contentType: CONTENT_TYPE.commentsExtended,
        data: content.commentsExtended,
      });
    }
  }
  if (content.related) {
    documentLinks.push(...content.related.relationships);
    extra.push(...content.related.parts);
  }
  const parts = house.parts.map((part): PackagePart => {
    if (part === document)
      return { ...part, data: rewritePart(part, 'w:body', content.body, ''), relationships: documentLinks };
    if (part === footnotes)
      return {
        ...part,
        data: rewritePart(part, 'w:footnotes', '', content.footnotes),
        relationships: [...(part.relationships ?? []), ...content.footnoteLinks],
      };
    return part;
  });
  return writePackage({ relationships: house.relationships, parts: [...parts, ...extra] });
}
