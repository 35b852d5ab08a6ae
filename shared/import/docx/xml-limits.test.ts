import { describe, expect, it } from 'vitest';
import { checkXmlShape, newXmlBudget, XML_LIMITS, XmlShapeScanner } from './xml-limits';

const nested = (depth: number, open = '<a>', close = '</a>') => open.repeat(depth) + close.repeat(depth);
const code = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'accepted';
};

describe('XML shape limits', () => {
  it('accepts ordinary Word XML, declarations, comments, CDATA and self-closing elements', () => {
    expect(
      code(() =>
        checkXmlShape(
          '<?xml version="1.0"?><!-- c --><w:document><w:body><w:p><w:r><w:t>a &lt; b > c</w:t></w:r><w:br/></w:p><![CDATA[x]]></w:body></w:document>',
        ),
      ),
    ).toBe('accepted');
  });

  it('refuses nesting deeper than the limit and accepts it at the limit', () => {
    expect(code(() => checkXmlShape(nested(XML_LIMITS.maxDepth + 1)))).toBe('docx-too-deep');
    expect(code(() => checkXmlShape(nested(XML_LIMITS.maxDepth)))).toBe('accepted');
  });

  it.each([
    ['an attribute value holding "/>"', '<a x="/>">', '</a>'],
    ["a single-quoted attribute value holding '/>' and '>'", '<a x=\'>/>\' y="">', '</a>'],
    ['a comment holding "-->"-like text and tags', '<a><!-- <b/> -- > --->', '</a>'],
    ['a CDATA section holding end tags', '<a><![CDATA[</a></a>]]>', '</a>'],
    ['a processing instruction holding "/>" and ">"', '<a><?pi x="/>" > ?>', '</a>'],
  ])('sees nesting hidden behind %s', (_, open, close) => {
    expect(code(() => checkXmlShape(nested(XML_LIMITS.maxDepth + 1, open, close)))).toBe('docx-too-deep');
    expect(code(() => checkXmlShape(nested(XML_LIMITS.maxDepth, open, close)))).toBe('accepted');
  });

  it('counts elements over all the parts of one document', () => {
    const budget = newXmlBudget();
    const half = `<r>${'<p/>'.repeat(XML_LIMITS.maxElements / 2)}</r>`;
    checkXmlShape(half, budget);
    expect(code(() => checkXmlShape(half, budget))).toBe('docx-too-much-content');
  });

  it('refuses more XML than the limit, however few elements it has', () => {
    const budget = newXmlBudget();
    const scanner = new XmlShapeScanner(budget);
    const chunk = new Uint8Array(1024 * 1024).fill(0x78);
    expect(
      code(() => {
        for (let i = 0; i <= XML_LIMITS.maxBytes / chunk.length; i++) scanner.push(chunk);
      }),
    ).toBe('docx-too-much-content');
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE w [<!ENTITY a "b">]><w/>'],
    ['a lower-case doctype after a comment', '<!-- first --><!doctype w><w/>'],
    ['an ENTITY declaration', '<w><!ENTITY a SYSTEM "file:///etc/passwd"></w>'],
  ])('refuses %s', (_, xml) => {
    expect(code(() => checkXmlShape(xml))).toBe('docx-unsafe');
  });

  it('reads a part split into pieces anywhere, markers included, as it reads it whole', () => {
    const xml = `<?xml version="1.0"?>${nested(XML_LIMITS.maxDepth + 1, '<a x="/>"><!-- > --><![CDATA[ ]]>', '</a>')}`;
    for (const size of [1, 2, 3, 7]) {
      const scanner = new XmlShapeScanner(newXmlBudget());
      const bytes = new TextEncoder().encode(xml);
      expect(
        code(() => {
          for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
        }),
      ).toBe('docx-too-deep');
    }
    const doctype = new XmlShapeScanner(newXmlBudget());
    expect(
      code(() => ['<', '!', 'DOC', 'TYPE w>'].forEach((piece) => doctype.push(new TextEncoder().encode(piece)))),
    ).toBe('docx-unsafe');
  });
});
