import { describe, expect, it } from 'vitest';
import { checkXmlShape, XML_LIMITS } from './xml-limits';

describe('XML shape limits', () => {
  it('accepts ordinary Word XML, declarations, comments and self-closing elements', () => {
    expect(() => checkXmlShape('word/document.xml', '<?xml version="1.0"?><!-- c --><w:document><w:body><w:p><w:r><w:t>a &lt; b</w:t></w:r><w:br/></w:p></w:body></w:document>')).not.toThrow();
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = '<a>'.repeat(XML_LIMITS.maxDepth + 1) + '</a>'.repeat(XML_LIMITS.maxDepth + 1);
    expect(() => checkXmlShape('word/document.xml', deep)).toThrow(expect.objectContaining({ code: 'too-complex' }));
    const flat = '<a>'.repeat(XML_LIMITS.maxDepth) + '</a>'.repeat(XML_LIMITS.maxDepth);
    expect(() => checkXmlShape('word/document.xml', flat)).not.toThrow();
  });

  it('refuses more elements than the limit', () => {
    expect(() => checkXmlShape('word/footnotes.xml', `<r>${'<p/>'.repeat(XML_LIMITS.maxElements)}</r>`)).toThrow(/word\/footnotes\.xml: more than 1000000 elements/);
  });
});
