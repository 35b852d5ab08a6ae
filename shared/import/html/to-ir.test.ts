import { describe, expect, it } from 'vitest';
import { WarningLog } from '../warnings';
import { htmlToIr, LETTERED_MARK } from './to-ir';

function convert(html: string) {
  const log = new WarningLog();
  return { ...htmlToIr(html, log), warnings: log.list() };
}

describe("mammoth's HTML to the intermediate form", () => {
  it('reads footnote marks and the footnote list mammoth writes at the end', () => {
    const doc = convert(
      '<p>Text<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p>' +
        '<ol><li id="footnote-1"><p> See <a href="https://example.org/law">the law</a>. <a href="#footnote-ref-1">↑</a></p></li></ol>',
    );
    expect(doc.blocks).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'Text' },
          { kind: 'footnote', id: 'footnote-1' },
          { kind: 'text', text: '.' },
        ],
      },
    ]);
    expect(doc.footnotes.get('footnote-1')).toEqual([
      [
        { kind: 'text', text: 'See ' },
        { kind: 'link', url: 'https://example.org/law', children: [{ kind: 'text', text: 'the law' }] },
        { kind: 'text', text: '.' },
      ],
    ]);
    expect(doc.footnoteLabels.get('footnote-1')).toBe('1');
  });

  it('makes an ordered list lettered when its items carry the lettered mark, and strips the mark', () => {
    const doc = convert(
      `<ol><li>${LETTERED_MARK}<strong>Lead:</strong> one</li><li>${LETTERED_MARK}two</li></ol><ol><li>plain</li></ol>`,
    );
    expect(doc.blocks.map((block) => block.kind === 'list' && block.list)).toEqual(['lettered', 'number']);
    expect(JSON.stringify(doc.blocks)).not.toContain(LETTERED_MARK);
  });

  it('marks all-bold paragraphs and styled bold paragraphs as possible headings', () => {
    const doc = convert(
      '<p><strong>Norm 1 – text</strong></p><p class="heading-like">Styled</p><p><strong>Lead:</strong> prose</p>',
    );
    expect(doc.blocks.map((block) => block.kind === 'paragraph' && !!block.headingLike)).toEqual([true, true, false]);
  });

  it('keeps the text of unsafe and in-document links, with warnings', () => {
    const doc = convert(
      '<p><a href="file:///etc/passwd">local</a> <a href="javascript:alert(1)">js</a> <a href="#_Toc1">toc</a> <a href="data:text/html,x">data</a></p>',
    );
    expect(doc.blocks).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'local js toc data' }] }]);
    expect(doc.warnings).toEqual([
      { code: 'unsafe-link-dropped', params: { url: 'file:///etc/passwd' } },
      { code: 'unsafe-link-dropped', params: { url: 'javascript:alert(1)' } },
      { code: 'internal-links-removed', params: { count: 1 } },
      { code: 'unsafe-link-dropped', params: { url: 'data:text/html,x' } },
    ]);
  });

  it('flattens tables into paragraphs, reads quotes, titles, underline and ignores images', () => {
    const doc = convert(
      '<h1 class="doc-title">Title</h1><table><tr><td><p>cell</p></td></tr></table><blockquote><p>q</p></blockquote><p><u>u</u><img src="x.png"/></p>',
    );
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, isTitle: true, inlines: [{ kind: 'text', text: 'Title' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'cell' }] },
      { kind: 'quote', blocks: [{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'q' }] }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'u', underline: true }] },
    ]);
    expect(doc.warnings).toEqual([{ code: 'table-flattened', params: { count: 1 } }]);
  });
});

describe('HTML nested deeper than the reader keeps', () => {
  it('flattens 10,000 nested quotes into the deepest one kept, keeps the text and reports it once', () => {
    const log = new WarningLog();
    const doc = htmlToIr(
      `${'<blockquote>'.repeat(10_000)}<p>Examplia, deepest</p>${'</blockquote>'.repeat(10_000)}<p>After</p>`,
      log,
    );
    const text = JSON.stringify(doc.blocks);
    expect(text).toContain('Examplia, deepest');
    expect(text).toContain('After');
    expect(log.list()).toEqual([{ code: 'nesting-flattened', params: { count: 1 } }]);
  });
});
