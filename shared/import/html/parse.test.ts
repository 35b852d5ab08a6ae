import { describe, expect, it } from 'vitest';
import { parseHtml, type HtmlElement, type HtmlNode } from './parse';

const text = (node: HtmlNode): string => (typeof node === 'string' ? node : node.children.map(text).join(''));

describe('the HTML reader', () => {
  it('builds a tree of elements and decoded text', () => {
    const root = parseHtml(
      '<p>A &amp; B &lt;i&gt; &quot;q&quot; &#233;&#x4E2D; &nbsp;<strong>bold</strong><br/>end</p>',
    );
    const p = root.children[0] as HtmlElement;
    expect(p.tag).toBe('p');
    expect(text(p)).toBe('A & B <i> "q" é中 \u00a0boldend');
    expect(p.children.map((child) => (typeof child === 'string' ? '#text' : child.tag))).toEqual([
      '#text',
      'strong',
      'br',
      '#text',
    ]);
  });

  it('reads attributes in any quoting, keeping odd names as plain keys', () => {
    const a = parseHtml(`<a href="https://example.org/?a=1&amp;b=2" id='x' data-n=3 __proto__="p">t</a>`)
      .children[0] as HtmlElement;
    expect(Object.entries(a.attrs)).toEqual([
      ['href', 'https://example.org/?a=1&b=2'],
      ['id', 'x'],
      ['data-n', '3'],
      ['__proto__', 'p'],
    ]);
    expect(Object.getPrototypeOf(a.attrs)).toBeNull();
  });

  it('treats what is not a tag as text and skips comments and declarations', () => {
    const root = parseHtml('<!DOCTYPE html><!-- note --><p>1 < 2 and a<b</p><? pi ?>');
    expect(text(root)).toBe('1 < 2 and a<b');
  });

  it('leaves undecodable references alone and replaces invalid code points', () => {
    expect(text(parseHtml('&unknown; &#0; &#xD800; &#1114112;'))).toBe('&unknown; \ufffd \ufffd \ufffd');
  });

  it('closes elements left open and ignores stray end tags', () => {
    const root = parseHtml('<ul><li>one<li>two</ul></p><p>after');
    expect(root.children.map((child) => (typeof child === 'string' ? child : child.tag))).toEqual(['ul', 'p']);
  });

  it('flattens nesting beyond its depth limit instead of growing the tree', () => {
    const root = parseHtml(`${'<blockquote>'.repeat(10_000)}deep${'</blockquote>'.repeat(10_000)}<p>after</p>`);
    let depth = 0;
    for (let node: HtmlNode | undefined = root; node && typeof node !== 'string'; node = node.children[0]) depth++;
    expect(depth).toBeLessThanOrEqual(70);
    expect(text(root)).toBe('deepafter');
  });
});
