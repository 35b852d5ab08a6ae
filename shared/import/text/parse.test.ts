import { describe, expect, it } from 'vitest';
import { inlineText, type Block, type ListBlock } from '../ir';
import { WarningLog } from '../warnings';
import { textToIr } from './parse';

const parse = (source: string) => textToIr(source, new WarningLog());
const texts = (blocks: Block[]) =>
  blocks.map((block) =>
    block.kind === 'paragraph' || block.kind === 'heading' ? inlineText(block.inlines) : block.kind,
  );

describe('plain text', () => {
  it('separates paragraphs at blank lines and joins wrapped lines', () => {
    const doc = parse('First paragraph that was\nwrapped by an editor.\n\nSecond paragraph.\n');
    expect(texts(doc.blocks)).toEqual(['First paragraph that was wrapped by an editor.', 'Second paragraph.']);
  });

  it('treats every line as a paragraph when the file has no blank lines', () => {
    expect(texts(parse('One.\nTwo.\nThree.').blocks)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('makes a norm line a heading of its own, even without a blank line around it', () => {
    const doc = parse(
      'Intro text.\nNorm 7 (UNGGE 2015 report, paragraph 13g) – States should take appropriate measures\nBody of norm 7.\n13 (h) Requests for assistance\nBody of norm 8.',
    );
    expect(texts(doc.blocks)).toEqual([
      'Intro text.',
      'Norm 7 (UNGGE 2015 report, paragraph 13g) – States should take appropriate measures',
      'Body of norm 7.',
      '13 (h) Requests for assistance',
      'Body of norm 8.',
    ]);
    expect(doc.blocks[1]).toMatchObject({ headingLike: true });
  });

  it('joins a norm heading wrapped over several lines', () => {
    const doc = parse(
      'Norm 3 (UNGGE 2015 report, paragraph 13c) – States should not\nknowingly allow their territory to be used.\n\nBody.',
    );
    expect(texts(doc.blocks)[0]).toBe(
      'Norm 3 (UNGGE 2015 report, paragraph 13c) – States should not knowingly allow their territory to be used.',
    );
    expect(doc.blocks[0]).toMatchObject({ headingLike: true });
  });

  it('reads bullet, numbered and lettered lists', () => {
    const doc = parse(
      'We do three things:\n\na) Legislation: a new act.\nb) Institutions: a new centre,\n   with a continuation line.\n\n- one\n- two\n\n1. first\n2. second',
    );
    const lists = doc.blocks.filter((block): block is ListBlock => block.kind === 'list');
    expect(lists.map((list) => [list.list, list.items.length])).toEqual([
      ['lettered', 2],
      ['bullet', 2],
      ['number', 2],
    ]);
    expect(texts(lists[0]!.items[1]!)).toEqual(['Institutions: a new centre, with a continuation line.']);
  });

  it('matches footnotes at the end to superscript and bracketed marks', () => {
    const doc = parse(
      'The Act¹ and the Strategy² apply [3].\n\n---\n¹ https://example.org/act\n² Strategy 2025,\nhttps://example.org/strategy\n[3] Annual report, https://example.org/report.',
    );
    expect(texts(doc.blocks)).toEqual(['The Act and the Strategy apply .']);
    const paragraph = doc.blocks[0]!;
    expect(paragraph.kind === 'paragraph' && paragraph.inlines.filter((inline) => inline.kind === 'footnote')).toEqual([
      { kind: 'footnote', id: 'txt-1' },
      { kind: 'footnote', id: 'txt-2' },
      { kind: 'footnote', id: 'txt-3' },
    ]);
    expect(doc.footnotes.get('txt-2')).toEqual([
      [
        { kind: 'text', text: 'Strategy 2025, ' },
        {
          kind: 'link',
          url: 'https://example.org/strategy',
          children: [{ kind: 'text', text: 'https://example.org/strategy' }],
        },
      ],
    ]);
  });

  it('leaves a superscript below the last note taken, and marks inside addresses, as text', () => {
    const doc = parse(
      'Notes one¹ two² three³ then 5 m² of space and https://example.org/a[4]b.\n\n¹ First.\n² Second.\n³ Third.\n[4] Fourth.',
    );
    const paragraph = doc.blocks[0]!;
    const refs = paragraph.kind === 'paragraph' ? paragraph.inlines.filter((inline) => inline.kind === 'footnote') : [];
    expect(refs).toEqual(['txt-1', 'txt-2', 'txt-3'].map((id) => ({ kind: 'footnote', id })));
    expect(texts(doc.blocks)[0]).toContain('https://example.org/a[4]b');
    expect(texts(doc.blocks)[0]).toContain('m²');
  });
});

describe('plain text content that is not kept as written', () => {
  it('reports a second footnote with the same number, which is not imported', () => {
    const log = new WarningLog();
    textToIr('Norm 7 (13g)\n\nText with a mark[1].\n\n[1] The note.\n[1] Another note with the same number.\n', log);
    expect(log.list()).toEqual([{ code: 'footnote-duplicate', params: { marker: '1' } }]);
  });
});
