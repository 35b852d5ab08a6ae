// Cleans pasted HTML in place before it is converted to editor nodes, so nothing unsafe can
// reach the editor state: whole elements that run code, load resources or collect input are
// removed with their contents; unknown elements are unwrapped (their text stays); every
// attribute is dropped except the few the importer reads; links survive only when safeUrl
// accepts them, otherwise they become plain text.
import { safeUrl } from '../../../../shared/security/links';
import { KEPT_STYLES } from './markup';

/** Removed together with everything inside them. */
const DROPPED = new Set([
  'APPLET',
  'AREA',
  'AUDIO',
  'BASE',
  'BUTTON',
  'CANVAS',
  'DATALIST',
  'DIALOG',
  'EMBED',
  'FORM',
  'ND-STYLE',
  'FRAME',
  'FRAMESET',
  'HEAD',
  'IFRAME',
  'IMG',
  'INPUT',
  'LINK',
  'MAP',
  'MATH',
  'META',
  'NOSCRIPT',
  'OBJECT',
  'OPTION',
  'PARAM',
  'PICTURE',
  'PORTAL',
  'SCRIPT',
  'SELECT',
  'SOURCE',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'TITLE',
  'TRACK',
  'VIDEO',
  'XML',
]);

/** Office drawing and document-property namespaces (VML shapes, images, Word settings). */
const DROPPED_PREFIXES = ['V:', 'W:', 'M:', 'O:SHAPE', 'O:DOCUMENTPROPERTIES', 'O:OFFICEDOCUMENTSETTINGS'];

/** Kept as elements; the importer maps them to paragraphs, headings, lists, links, formats. */
const KEPT = new Set([
  'A',
  'ABBR',
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'B',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'CENTER',
  'CITE',
  'CODE',
  'DD',
  'DEL',
  'DETAILS',
  'DFN',
  'DIV',
  'DL',
  'DT',
  'EM',
  'FIGCAPTION',
  'FIGURE',
  'FONT',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'I',
  'INS',
  'LI',
  'MAIN',
  'MARK',
  'NAV',
  'O:P',
  'OL',
  'P',
  'PRE',
  'Q',
  'S',
  'SECTION',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUMMARY',
  'SUP',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'U',
  'UL',
]);

const WORD_LIST_CLASS = /^MsoListParagraph(CxSp(First|Middle|Last))?$/;

function isDropped(tag: string): boolean {
  return DROPPED.has(tag) || DROPPED_PREFIXES.some((prefix) => tag.startsWith(prefix));
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function cleanStyle(element: Element): void {
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (!style) {
    element.removeAttribute('style');
    return;
  }
  // CSSOM edits (not setAttribute) so a strict style-src policy never blocks them.
  const names = Array.from({ length: style.length }, (_, i) => style.item(i));
  for (const name of names) if (!KEPT_STYLES.has(name)) style.removeProperty(name);
  if (style.length === 0) element.removeAttribute('style');
}

function keepAttribute(element: Element, name: string): boolean {
  switch (name) {
    case 'style':
    case 'data-mso-list': // written by the Word list importer before this runs
      return true;
    case 'class':
      return element.tagName === 'P' && WORD_LIST_CLASS.test(element.getAttribute('class') ?? '');
    case 'start':
    case 'type':
      return element.tagName === 'OL';
    case 'value':
      return element.tagName === 'LI';
    default:
      return false;
  }
}

function cleanAttributes(element: Element): void {
  const href = element.tagName === 'A' ? element.getAttribute('href') : null;
  for (const { name } of Array.from(element.attributes)) {
    if (!keepAttribute(element, name.toLowerCase())) element.removeAttribute(name);
  }
  if (element.hasAttribute('style')) cleanStyle(element);
  if (href !== null) {
    const safe = safeUrl(href);
    if (safe) element.setAttribute('href', safe);
  }
}

function cleanElement(element: Element): void {
  const tag = element.tagName.toUpperCase();
  if (isDropped(tag)) {
    element.remove();
    return;
  }
  // Clean children first: unwrapping moves them up, and they must already be safe.
  for (const child of Array.from(element.childNodes)) cleanNode(child);
  if (tag === 'A' && !safeUrl(element.getAttribute('href'))) {
    unwrap(element);
    return;
  }
  if (!KEPT.has(tag)) {
    unwrap(element);
    return;
  }
  cleanAttributes(element);
}

function cleanNode(node: Node): void {
  if (node.nodeType === node.ELEMENT_NODE) cleanElement(node as Element);
  else if (node.nodeType !== node.TEXT_NODE) node.parentNode?.removeChild(node); // comments, processing instructions
}

/** Sanitises a parsed document (or fragment) in place; returns the element whose children are the content. */
export function sanitizePastedDom(dom: Document | ParentNode): ParentNode {
  const root: ParentNode = 'body' in dom && dom.body ? dom.body : dom;
  for (const child of Array.from(root.childNodes)) cleanNode(child);
  if (root instanceof Element) {
    for (const { name } of Array.from(root.attributes)) root.removeAttribute(name);
  }
  return root;
}
