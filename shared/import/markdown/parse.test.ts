import { describe, expect, it } from 'vitest';
import type { Block, Inline, ListBlock } from '../ir';
import { WarningLog } from '../warnings';
import { markdownToIr } from './parse';

function parse(source: string) {
  const log = new WarningLog();
  return { ...markdownToIr(source, log), warnings: log.list() };
}

const inlinesOf = (block: Block | undefined): Inline[] =>
  block && (block.kind === 'paragraph' || block.kind === 'heading') ? block.inlines : [];

describe('Markdown inline content', () => {
  it('reads bold, italic, nested emphasis and underline', () => {
    const [p] = parse('Plain **bold** and *italic*, __also bold__ with _it_, ***both*** and <u>under</u>.').blocks;
    expect(inlinesOf(p)).toEqual([
      { kind: 'text', text: 'Plain ' },
      { kind: 'text', text: 'bold', bold: true },
      { kind: 'text', text: ' and ' },
      { kind: 'text', text: 'italic', italic: true },
      { kind: 'text', text: ', ' },
      { kind: 'text', text: 'also bold', bold: true },
      { kind: 'text', text: ' with ' },
      { kind: 'text', text: 'it', italic: true },
      { kind: 'text', text: ', ' },
      { kind: 'text', text: 'both', bold: true, italic: true },
      { kind: 'text', text: ' and ' },
      { kind: 'text', text: 'under', underline: true },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves unmatched and intraword underscores as text', () => {
    const [p] = parse('snake_case_name and 2 * 3 = 6 and a lone *star').blocks;
    expect(inlinesOf(p)).toEqual([{ kind: 'text', text: 'snake_case_name and 2 * 3 = 6 and a lone *star' }]);
  });

  it('keeps web and mail links, drops others to their text with a warning', () => {
    const doc = parse(
      '[site](https://example.org/a "Title"), <https://example.org/b>, [mail](mailto:a@example.org), [bad](javascript:alert(1)), [local](file:///etc/passwd), [rel](report.docx)',
    );
    const links = inlinesOf(doc.blocks[0]).filter((inline) => inline.kind === 'link');
    expect(links.map((link) => link.kind === 'link' && link.url)).toEqual([
      'https://example.org/a',
      'https://example.org/b',
      'mailto:a@example.org',
    ]);
    const text = inlinesOf(doc.blocks[0])
      .map((inline) => (inline.kind === 'text' ? inline.text : ''))
      .join('');
    expect(text).toContain('bad');
    expect(text).toContain('local');
    expect(doc.warnings.filter((w) => w.code === 'unsafe-link-dropped').map((w) => w.params.url)).toEqual([
      'javascript:alert(1)',
      'file:///etc/passwd',
      'report.docx',
    ]);
  });

  it('reads reference links and backslash escapes', () => {
    const [p] = parse('See [the strategy][s] and \\*not emphasis\\*.\n\n[s]: https://example.org/strategy').blocks;
    expect(inlinesOf(p)).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', url: 'https://example.org/strategy', children: [{ kind: 'text', text: 'the strategy' }] },
      { kind: 'text', text: ' and *not emphasis*.' },
    ]);
  });

  it('turns soft line breaks into spaces and two trailing spaces into a break', () => {
    const [p] = parse('one\ntwo  \nthree').blocks;
    expect(inlinesOf(p)).toEqual([
      { kind: 'text', text: 'one two' },
      { kind: 'break' },
      { kind: 'text', text: 'three' },
    ]);
  });
});

describe('Markdown footnotes', () => {
  it('links marks to definitions, with multi-paragraph notes and links', () => {
    const doc = parse(
      'Text[^a] and more[^2].\n\n[^a]: First note, <https://example.org/1>.\n[^2]: Second note\n    continued.\n\n    Its second paragraph.',
    );
    expect(inlinesOf(doc.blocks[0]).filter((inline) => inline.kind === 'footnote')).toEqual([
      { kind: 'footnote', id: 'md-a' },
      { kind: 'footnote', id: 'md-2' },
    ]);
    expect(doc.footnotes.get('md-a')).toEqual([
      [
        { kind: 'text', text: 'First note, ' },
        { kind: 'link', url: 'https://example.org/1', children: [{ kind: 'text', text: 'https://example.org/1' }] },
        { kind: 'text', text: '.' },
      ],
    ]);
    expect(doc.footnotes.get('md-2')).toEqual([
      [{ kind: 'text', text: 'Second note continued.' }],
      [{ kind: 'text', text: 'Its second paragraph.' }],
    ]);
  });

  it('keeps a mark without a definition as text', () => {
    expect(inlinesOf(parse('Text[^missing].').blocks[0])).toEqual([{ kind: 'text', text: 'Text[^missing].' }]);
  });
});

describe('Markdown blocks', () => {
  it('reads headings, quotes, front matter and bold-only paragraphs', () => {
    const doc = parse(
      '---\ntitle: "The title"\n---\n\n# One\n\nSetext\n------\n\n> quoted\n> text\n\n**A bold paragraph**',
    );
    expect(doc.blocks.map((b) => [b.kind, b.kind === 'heading' ? b.level : null])).toEqual([
      ['heading', 1],
      ['heading', 1],
      ['heading', 2],
      ['quote', null],
      ['paragraph', null],
    ]);
    expect(doc.blocks[0]).toMatchObject({ isTitle: true });
    expect(doc.blocks[4]).toMatchObject({ headingLike: true });
  });

  it('reads bullet, numbered and lettered lists, nested, with lazy continuation lines', () => {
    const doc = parse(
      '- one\n- two\n  a. first\n  b. second\n     still second\n\n3. three\n4. four\n\n(a) alpha\n(b) beta',
    );
    const [bullets, numbers, letters] = doc.blocks as ListBlock[];
    expect(bullets).toMatchObject({
      kind: 'list',
      list: 'bullet',
      items: [[{ kind: 'paragraph' }], [{ kind: 'paragraph' }, { kind: 'list', list: 'lettered' }]],
    });
    const nested = bullets!.items[1]![1] as ListBlock;
    expect(inlinesOf(nested.items[1]![0])).toEqual([{ kind: 'text', text: 'second still second' }]);
    expect(numbers).toMatchObject({ list: 'number', start: 3 });
    expect(letters).toMatchObject({ list: 'lettered', start: 1 });
    expect(letters!.items).toHaveLength(2);
  });

  it('does not start a lettered list at a letter other than a', () => {
    const doc = parse('e. g. this is prose');
    expect(doc.blocks[0]!.kind).toBe('paragraph');
  });

  it('stays bounded on deeply nested quotes and long runs of markers', () => {
    const doc = parse(`${'>'.repeat(5_000)} deep\n\n${'*'.repeat(20_000)}\n\n${'['.repeat(20_000)}`);
    expect(doc.blocks.length).toBeGreaterThan(0);
  });
});

describe('Markdown content that is not kept as written', () => {
  it('flattens lists and quotes nested past the limit, keeps their text and says so', () => {
    const list = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    const doc = parse(`${list}\n\n${'> '.repeat(40)}deepest`);
    const text = JSON.stringify(doc.blocks);
    expect(text).toContain('level 40');
    expect(text).toContain('deepest');
    expect(doc.warnings.map((w) => w.code)).toEqual(['nesting-flattened']);
    expect(Number(doc.warnings[0]!.params.count)).toBeGreaterThan(0);
  });

  it('reports images, HTML tags, front matter fields and a second footnote of the same mark', () => {
    const doc = parse(
      '---\ntitle: T\nkeywords: cyber\nabstract: A\n---\n\nSee ![a chart](chart.png) and <img src="x.png"> and <span class="x">kept</span>[^1].\n\n[^1]: First.\n[^1]: Second.',
    );
    expect(doc.warnings).toEqual([
      { code: 'footnote-duplicate', params: { marker: '1' } },
      { code: 'front-matter-ignored', params: { fields: 'keywords, abstract' } },
      { code: 'image-dropped', params: { count: 2 } },
      { code: 'html-removed', params: { count: 2 } },
    ]);
    expect(inlinesOf(doc.blocks[1])[0]).toEqual({ kind: 'text', text: 'See  and  and kept' });
  });

  it('reads emphasis the same in a paragraph of thousands of delimiters as in a short one', () => {
    const [p] = parse('*_a_* '.repeat(3_000)).blocks;
    const inlines = inlinesOf(p);
    expect(inlines.slice(0, 2)).toEqual([
      { kind: 'text', text: 'a', italic: true },
      { kind: 'text', text: ' ' },
    ]);
    expect(inlines.filter((inline) => inline.kind === 'text' && inline.text === 'a' && inline.italic)).toHaveLength(
      3_000,
    );
  });
});
