// Finds a draft's sections in the document part of a Word file the app wrote and someone edited
// (a returned contribution, a reviewed file). A section starts at its bookmark (on a bar of its
// own above the section, or on its heading paragraph); when the bookmark is gone (deleted with
// the bar, or dropped by another program) at the first paragraph after the previous section
// whose text is the section's heading line. Its text runs from after its bar and heading to the
// next bar, bookmark start or heading line of a section in the file, or the end of the document:
// text added at the end of a section stays in it even where the bookmark's end did not move.
// Only whole elements of the body are cut, so the Word reader reads each piece as it reads a
// document.
import { NS } from '../ooxml/names';
import { childElements, readXml, type XmlElement, type XmlNode } from '../ooxml/xml/reader';
import { writeXmlElement } from '../ooxml/xml/write';

/** What the file says about one section: its id, bookmark name and heading line as written. */
export interface SectionMark {
  id: string;
  bookmark: string;
  /** The section's heading line as written; empty for sections written without one. */
  heading: string;
}

/** How the file marks its sections. */
export interface SectionCutOptions {
  /** Texts of paragraphs that sit above a section and are not its text (a contribution's bars). */
  bars: ReadonlySet<string>;
  /** The bookmark starts on a paragraph of its own (a bar) rather than on the section's heading or text. */
  markOnOwnParagraph: boolean;
}

interface BodyItem {
  element: XmlElement;
  /** Visible text (deleted text left out), spaces collapsed. */
  text: string;
  /** Names of the bookmarks that start in it. */
  bookmarks: string[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function visibleText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.name === 'w:t') text += child.children.map((t) => (t.type === 'text' ? t.value : '')).join('');
    else if (child.name === 'w:tab') text += ' ';
    else if (child.name !== 'w:del' && child.name !== 'w:moveFrom' && child.name !== 'w:pPr')
      text += visibleText(child);
  }
  return text;
}

function descendants(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const child of childElements(element)) {
    if (child.name === name) out.push(child);
    descendants(child, name, out);
  }
  return out;
}

function bodyItem(element: XmlElement): BodyItem {
  return {
    element,
    text: normalise(visibleText(element)),
    bookmarks: [
      ...(element.name === 'w:bookmarkStart' ? [element] : []),
      ...descendants(element, 'w:bookmarkStart'),
    ].map((b) => b.attributes['w:name'] ?? ''),
  };
}

/** The element without what is in namespaces other than w: and r: (drawings, later Word's extensions). */
function ownNamespaces(element: XmlElement): XmlElement {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(element.attributes)) if (!name.startsWith('{')) attributes[name] = value;
  const children: XmlNode[] = [];
  for (const child of element.children)
    if (child.type === 'text') children.push(child);
    else if (!child.name.startsWith('{')) children.push(ownNamespaces(child));
  return { ...element, attributes, children };
}

/** A section's heading changed with tracking: the heading it would read, by whom and when. */
export interface HeadingChange {
  proposed: string;
  author?: string;
  date?: string;
}

/** The text an element had before its tracked changes (insertions left out, deletions kept). */
function originalText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.name === 'w:t' || child.name === 'w:delText')
      text += child.children.map((t) => (t.type === 'text' ? t.value : '')).join('');
    else if (child.name === 'w:tab') text += ' ';
    else if (child.name !== 'w:ins' && child.name !== 'w:moveTo' && child.name !== 'w:pPr') text += originalText(child);
  }
  return text;
}

/** The heading as changed with tracking, when `item` is the heading line with tracked changes. */
function headingChange(item: BodyItem, heading: string): HeadingChange | null {
  if (item.text === heading || normalise(originalText(item.element)) !== heading) return null;
  const change = [...descendants(item.element, 'w:ins'), ...descendants(item.element, 'w:del')][0];
  const author = change?.attributes['w:author'];
  const date = change?.attributes['w:date'];
  return { proposed: item.text, ...(author ? { author } : {}), ...(date ? { date } : {}) };
}

export interface FoundSection<M extends SectionMark = SectionMark> {
  marker: M;
  /** Its heading line as a reviewer changed it with tracking. */
  headingChange?: HeadingChange;
  /** A document part holding only the section's text, for the Word reader. */
  document: string;
}

/**
 * The sections of `markers` found in the document, in the order of `markers`; `wanted` says
 * which of them to cut out (the others still end the section before them).
 */
export function findSections<M extends SectionMark>(
  documentXml: string,
  markers: readonly M[],
  options: SectionCutOptions,
  wanted: (marker: M) => boolean = () => true,
): Array<FoundSection<M> | null> {
  const root = readXml(documentXml, { [NS.w]: 'w', [NS.r]: 'r' });
  const body = childElements(root, 'w:body')[0];
  const items = (body ? childElements(body) : []).filter((e) => e.name !== 'w:sectPr').map(bodyItem);
  const headings = new Set(markers.map((m) => normalise(m.heading)).filter(Boolean));
  // Where each marker's bookmark first starts: its bar. (LibreOffice writes a bookmark that spans
  // paragraphs as one start per paragraph; only the first is the section's start.)
  const firstStarts = new Set<BodyItem>();
  for (const marker of markers) {
    const first = items.find((item) => item.bookmarks.includes(marker.bookmark));
    if (first) firstStarts.add(first);
  }
  // Not by its shading: a paragraph the contributor starts by pressing Enter at the end of a bar
  // is shaded like it.
  const isBar = (item: BodyItem) =>
    options.bars.has(item.text) || (options.markOnOwnParagraph && firstStarts.has(item));
  const isBoundary = (item: BodyItem) =>
    options.bars.has(item.text) || firstStarts.has(item) || headings.has(item.text);

  const found: Array<FoundSection<M> | null> = [];
  let after = 0;
  for (const marker of markers) {
    const heading = normalise(marker.heading);
    let start = items.findIndex((item) => item.bookmarks.includes(marker.bookmark));
    if (start < 0) {
      start = heading ? items.findIndex((item, index) => index >= after && item.text === heading) : -1;
    }
    if (start < 0) {
      found.push(null);
      continue;
    }
    // From after the bar to the next bar or heading line, without the section's own heading
    // (text typed between the bar and the heading belongs to the section).
    const from = isBar(items[start]!) ? start + 1 : start;
    const content: BodyItem[] = [];
    let ownHeading = heading === '';
    let changed: HeadingChange | null = null;
    let to = from;
    for (; to < items.length; to++) {
      const item = items[to]!;
      if (!ownHeading && item.text === heading) ownHeading = true;
      else if (!ownHeading && content.length === 0 && (changed = headingChange(item, heading))) ownHeading = true;
      // The section's own start (its bookmark on its heading or first paragraph) does not end it.
      else if (to !== start && isBoundary(item)) break;
      else content.push(item);
    }
    after = to;
    if (!wanted(marker)) {
      found.push(null);
      continue;
    }
    const inner = content.map((item) => writeXmlElement(ownNamespaces(item.element)));
    const document = `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${inner.join('')}</w:body></w:document>`;
    found.push({ marker, document, ...(changed ? { headingChange: changed } : {}) });
  }
  return found;
}
