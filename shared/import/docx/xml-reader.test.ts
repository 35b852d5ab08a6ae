import { describe, expect, it } from 'vitest';
import { loadMammothXml } from './mammoth-xml';
import { readXmlTree } from '../../ooxml/xml/reader';

const NAMESPACES = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
};
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
// mammoth's own reader, kept before docx/mammoth.ts replaces it.
const xml = await loadMammothXml();
const mammothRead = xml.readString;
const factory = {
  element: (name: string, attributes: Record<string, string>, children: never[]) =>
    new xml.Element(name, attributes, children),
  text: xml.text,
};

const ours = (source: string) => readXmlTree(source, NAMESPACES, factory);
const theirs = async (source: string) => mammothRead(source, NAMESPACES);

describe('readXmlTree', () => {
  it.each([
    [
      'namespaces, prefixes and attributes',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x="urn:other"><w:body><w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve"> Examplia </w:t></w:r><x:ext x:a="1" plain="2"/></w:p></w:body></w:document>`,
    ],
    [
      'entities and character references',
      `<w:t ${W}>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;&#x1F600; &amp;amp; bare & stays</w:t>`,
    ],
    [
      'whitespace, line endings and U+2028',
      `<w:p ${W}>\r\n  <w:r>\r<w:t>one\u2028two\u0085three</w:t></w:r>\n\t</w:p>`,
    ],
    [
      'comments, CDATA and processing instructions between text',
      `<w:t ${W}>before<!-- a comment --><![CDATA[<kept out>]]>after<?pi data?>end</w:t>`,
    ],
    [
      'a default namespace, redeclared and undeclared prefixes',
      `<root xmlns="urn:a"><child xmlns="urn:b" attr="v"><u:x/></child><child/><q:y xmlns:q="urn:q"/></root>`,
    ],
    ['attribute values with tabs, newlines and references', `<w:p ${W} w:val="a\tb\nc&amp;d&#10;e" w:single='it"s'/>`],
    ['names in other scripts', `<корень xmlns:п="urn:п"><п:узел п:атрибут="значение"/><要素/></корень>`],
  ])('builds the same tree as mammoth from %s', async (_, source) => {
    expect(ours(source)).toEqual(await theirs(source));
  });

  it.each([
    ['a name with two colons', `<root xmlns:a="urn:a"><a:b:c/></root>`],
    ['a name starting with a colon', `<root><:d/></root>`],
    ['an attribute name starting with a digit', `<root 1a="x"/>`],
    ['an unknown entity', `<w:t ${W}>&nbsp;</w:t>`],
    ['a DTD', `<!DOCTYPE w [<!ENTITY x "y">]><w:t ${W}>&x;</w:t>`],
    ['a redefined attribute', `<w:p ${W} w:a="1" w:a="2"/>`],
    ['an unquoted attribute', `<w:p ${W} w:a=1/>`],
    ['attributes without a space between them', `<w:p ${W} w:a="1"w:b="2"/>`],
    ['two document elements', `<a/><b/>`],
    ['no document element', `just text`],
  ])('refuses %s, as mammoth does', async (_, source) => {
    expect(() => ours(source)).toThrow();
    await expect(theirs(source)).rejects.toThrow();
  });

  it('refuses end tags that do not match, which the xmldom reader would quietly skip', async () => {
    const source = `<w:p ${W}><w:r></w:p></w:r>`;
    expect(() => ours(source)).toThrow(/end tag w:p does not match w:r/);
    expect(() => ours(`<w:p ${W}><w:r>`)).toThrow(/unclosed element/);
  });
});
