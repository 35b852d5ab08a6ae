// The strict XML reader of every package part: it builds a tree straight from the text, through
// a factory, so that mammoth gets its own element tree (mammoth builds a full DOM with xmldom and
// then converts it; the result is the same tree, checked against mammoth's reader in
// shared/import/docx/xml-reader.test.ts, and building the DOM was about a third of importing a
// long document) and the rest of the code gets plain objects (readXml). Strict: anything that is
// not well-formed XML, a DTD, or an entity other than XML's five is an error.

/** How the tree's nodes are made (mammoth's xml/nodes.js, or the plain objects below). */
export interface TreeFactory<E, T> {
  element(name: string, attributes: Record<string, string>, children: Array<E | T>): E;
  text(value: string): T;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[^\s/>=]+/y;
// XML's Name production (1.0, BMP), with at most one colon, for element and attribute names.
const START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const PART = `[${START}][${START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*`;
// eslint-disable-next-line no-misleading-character-class -- combining marks may follow a name's first letter
const VALID_NAME = new RegExp(`^${PART}(?::${PART})?$`);
const validNames = new Set<string>();

function checkName(name: string): void {
  if (validNames.has(name)) return;
  if (!VALID_NAME.test(name)) throw new XmlReadError(`invalid name ${name.slice(0, 80)}`);
  if (validNames.size < 10_000) validNames.add(name);
}
const ATTRIBUTE = /[\t\n\r ]*([^\s/>=]+)[\t\n\r ]*=[\t\n\r ]*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /[\t\n\r ]*(\/?)>/y;

export class XmlReadError extends Error {}

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&#?\w+;/g, (reference) => {
    const name = reference.slice(1, -1);
    if (Object.hasOwn(ENTITIES, name)) return ENTITIES[name]!;
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    }
    throw new XmlReadError(`entity not found: ${reference}`);
  });
}

interface Open<E, T> {
  qName: string;
  children: Array<E | T>;
  attributes: Record<string, string>;
  name: string;
  scope: Record<string, string>;
}

/** `{uri}local`, or `prefix:local` for namespaces in the map, or just `local` without one. */
function qualified(qName: string, uri: string | undefined, namespaces: Record<string, string>): string {
  const local = qName.slice(qName.indexOf(':') + 1);
  if (!uri) return local;
  const prefix = namespaces[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

export function readXmlTree<E, T>(source: string, namespaces: Record<string, string>, make: TreeFactory<E, T>): E {
  // Line endings as xmldom normalises them.
  const xml = source.replace(/\r[\n\u0085]/g, '\n').replace(/[\r\u0085\u2028]/g, '\n');
  const stack: Array<Open<E, T>> = [];
  let root: E | null = null;
  // Prefix -> namespace, one object per element that declares some, chained to its parent's.
  let scope: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
    xml: XML_NAMESPACE,
  });
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    const end = lt < 0 ? xml.length : lt;
    if (end > at) {
      const text = xml.slice(at, end);
      // Text outside the document element is ignored, as mammoth's reader ignores it.
      stack[stack.length - 1]?.children.push(make.text(decode(text)));
    }
    if (lt < 0) break;
    const next = xml[lt + 1];
    if (next === '/') {
      const close = xml.indexOf('>', lt);
      if (close < 0) throw new XmlReadError('unclosed end tag');
      const name = xml.slice(lt + 2, close).trimEnd();
      const open = stack.pop();
      if (!open || open.qName !== name)
        throw new XmlReadError(`end tag ${name} does not match ${open?.qName ?? 'nothing'}`);
      const element = make.element(open.name, open.attributes, open.children);
      scope = open.scope;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
      at = close + 1;
      continue;
    }
    if (next === '!') {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('-->', lt + 4);
        if (close < 0) throw new XmlReadError('unclosed comment');
        at = close + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        // mammoth keeps only elements and text: CDATA sections are left out, as it does.
        const close = xml.indexOf(']]>', lt + 9);
        if (close < 0 || stack.length === 0) throw new XmlReadError('misplaced CDATA section');
        at = close + 3;
        continue;
      }
      throw new XmlReadError('a DTD or unknown markup declaration');
    }
    if (next === '?') {
      const close = xml.indexOf('?>', lt + 2);
      if (close < 0) throw new XmlReadError('unclosed processing instruction');
      at = close + 2;
      continue;
    }
    // A start tag: its name, attributes, and namespace declarations.
    if (root !== null) throw new XmlReadError('a second document element');
    NAME.lastIndex = lt + 1;
    const nameMatch = NAME.exec(xml);
    if (!nameMatch) throw new XmlReadError('a tag without a name');
    const qName = nameMatch[0];
    checkName(qName);
    let position = NAME.lastIndex;
    const raw: Array<[string, string]> = [];
    for (;;) {
      TAG_END.lastIndex = position;
      const tagEnd = TAG_END.exec(xml);
      if (tagEnd) {
        position = TAG_END.lastIndex;
        break;
      }
      ATTRIBUTE.lastIndex = position;
      const attribute = ATTRIBUTE.exec(xml);
      if (!attribute || attribute.index !== position || !/^[\t\n\r ]/.test(xml[position] ?? ''))
        throw new XmlReadError(`malformed tag <${qName}>`);
      const value = (attribute[2] ?? attribute[3] ?? '').replace(/[\t\n\r]/g, ' ');
      checkName(attribute[1]!);
      if (raw.some(([name]) => name === attribute[1])) throw new XmlReadError(`attribute ${attribute[1]} redefined`);
      raw.push([attribute[1]!, decode(value)]);
      position = ATTRIBUTE.lastIndex;
    }
    const selfClosing = xml[position - 2] === '/';
    const parentScope = scope;
    for (const [name, value] of raw) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (scope === parentScope) scope = Object.create(parentScope) as Record<string, string>;
        scope[name === 'xmlns' ? '' : name.slice(6)] = value;
      }
    }
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [name, value] of raw) {
      const colon = name.indexOf(':');
      const prefix = colon > 0 ? name.slice(0, colon) : null;
      const uri = name === 'xmlns' || prefix === 'xmlns' ? XMLNS_NAMESPACE : prefix ? scope[prefix] : undefined;
      attributes[qualified(name, uri, namespaces)] = value;
    }
    const colon = qName.indexOf(':');
    const name = qualified(qName, scope[colon > 0 ? qName.slice(0, colon) : ''], namespaces);
    if (selfClosing) {
      const element = make.element(name, attributes, []);
      scope = parentScope;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
    } else stack.push({ qName, children: [], attributes, name, scope: parentScope });
    at = position;
  }
  if (stack.length > 0) throw new XmlReadError(`unclosed element <${stack[stack.length - 1]!.qName}>`);
  if (root === null) throw new XmlReadError('no document element');
  return root;
}

export interface XmlElement {
  type: 'element';
  /** `prefix:local` for the namespaces given to readXml, `{uri}local` for others. */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export interface XmlText {
  type: 'text';
  value: string;
}
export type XmlNode = XmlElement | XmlText;

const PLAIN: TreeFactory<XmlElement, XmlText> = {
  element: (name, attributes, children) => ({ type: 'element', name, attributes, children }),
  text: (value) => ({ type: 'text', value }),
};

/** The document element of `source` as plain objects; throws XmlReadError on anything malformed. */
export function readXml(source: string, namespaces: Record<string, string> = {}): XmlElement {
  return readXmlTree(source, namespaces, PLAIN);
}

/** The element children of `element` named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => child.type === 'element' && (name === undefined || child.name === name),
  );
}
