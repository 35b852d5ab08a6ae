import { describe, expect, it } from 'vitest';
import { blockText, inlineText, type Block, type IrDocument } from '../ir';
import { WarningLog } from '../warnings';
import { analysePdfLayout } from './layout';
import type { PdfPageContent, PdfTextItem } from './types';

// Hand-made pages: A4 (595 x 842), body text 11 pt on 13.2 pt lines from x = 71, footnotes 9 pt.
const LINE = 13.2;
const RIGHT = 524;

function item(text: string, x: number, y: number, extra: Partial<PdfTextItem> = {}): PdfTextItem {
  const size = extra.size ?? 11;
  return { text, x, y, width: text.length * size * 0.5, size, bold: false, italic: false, ...extra };
}

/** Full-width body lines from y downwards (the last one short), as one paragraph. */
function paragraph(texts: string[], y: number): PdfTextItem[] {
  return texts.map((text, i) => ({
    ...item(text, 71, y - i * LINE),
    width: i === texts.length - 1 ? text.length * 5 : RIGHT - 71,
  }));
}

function page(items: PdfTextItem[], links: PdfPageContent['links'] = []): PdfPageContent {
  return { width: 595, height: 842, items, links };
}

function header(n: number): PdfTextItem[] {
  return [
    item('Republic of Examplia – national non-paper', 71, 800, { size: 9 }),
    item(String(n), 295, 38, { size: 9 }),
  ];
}

function texts(doc: IrDocument): string[] {
  return doc.blocks.map((block: Block) => blockText(block));
}

describe('PDF layout analysis', () => {
  it('joins lines into paragraphs, rejoins hyphenated words and leaves out running headers and page numbers', () => {
    const log = new WarningLog();
    const openings = ['One', 'Another', 'A third'];
    const pages = [1, 2, 3].map((n) =>
      page([
        ...header(n),
        ...paragraph(
          [`${openings[n - 1]} page opens with a paragraph whose impor-`, 'tant words run on to a second line.'],
          760,
        ),
        ...paragraph(['A second paragraph stands after a wider gap.'], 720),
      ]),
    );
    const doc = analysePdfLayout(pages, log);
    expect(texts(doc)).toEqual([
      'One page opens with a paragraph whose important words run on to a second line.',
      'A second paragraph stands after a wider gap.',
      'Another page opens with a paragraph whose important words run on to a second line.',
      'A second paragraph stands after a wider gap.',
      'A third page opens with a paragraph whose important words run on to a second line.',
      'A second paragraph stands after a wider gap.',
    ]);
    expect(log.list().map((w) => w.code)).toContain('headers-footers-ignored');
  });

  it('keeps a hyphen before a capital letter and joins a sentence broken across pages', () => {
    const doc = analysePdfLayout(
      [
        page([
          ...header(1),
          ...paragraph(['Examplia works with its Asia-', 'Pacific partners, and the sentence goes on to the'], 760).map(
            (i) => ({ ...i, width: RIGHT - 71 }),
          ),
        ]),
        page([...header(2), ...paragraph(['next page without a break.'], 760)]),
      ],
      new WarningLog(),
    );
    expect(texts(doc)).toEqual([
      'Examplia works with its Asia-Pacific partners, and the sentence goes on to the next page without a break.',
    ]);
  });

  it('links footnote markers to the small text at the foot of their page, on every page', () => {
    const pages = [1, 2].map((n) =>
      page([
        ...header(n),
        ...paragraph(
          [
            'The body of the page says more than its footnote, over a full first line',
            `and a second one, and claim ${n} of the State is sourced.`,
          ],
          760,
        ),
        item(String(n), 345, 764 - LINE, { size: 6.4, width: 4 }),
        item(String(n), 71, 116.8, { size: 5.2, width: 3 }),
        item(`Source ${n}, a report that runs over`, 76, 113.2, { size: 9, width: RIGHT - 76 }),
        item('two lines of the footnote area.', 71, 102, { size: 9 }),
      ]),
    );
    const doc = analysePdfLayout(pages, new WarningLog());
    expect(texts(doc)).toEqual(
      [1, 2].map(
        (n) =>
          `The body of the page says more than its footnote, over a full first line and a second one, and claim ${n} of the State is sourced.`,
      ),
    );
    const refs = doc.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? b.inlines.filter((i) => i.kind === 'footnote') : [],
    );
    expect(refs).toHaveLength(2);
    expect(refs.map((ref) => inlineText(doc.footnotes.get(ref.id)![0]!))).toEqual([
      'Source 1, a report that runs over two lines of the footnote area.',
      'Source 2, a report that runs over two lines of the footnote area.',
    ]);
  });

  it('gathers numbered endnotes after a final Notes heading', () => {
    const doc = analysePdfLayout(
      [
        page([item('Examplia reports every incident.', 71, 760), item('1', 230, 764, { size: 6.4, width: 4 })]),
        page([item('Notes', 71, 760, { bold: true }), item('1. National CERT annual report 2024.', 71, 730)]),
      ],
      new WarningLog(),
    );
    expect(texts(doc)).toEqual(['Examplia reports every incident.']);
    const ref = (doc.blocks[0] as Extract<Block, { kind: 'paragraph' }>).inlines.find((i) => i.kind === 'footnote');
    expect(ref && inlineText(doc.footnotes.get(ref.id)![0]!)).toBe('National CERT annual report 2024.');
  });

  it('keeps bold run-in sub-headings, makes bullets and lettered items lists, and keeps links', () => {
    const doc = analysePdfLayout(
      [
        page(
          [
            item('Regulatory framework:', 71, 760, { bold: true, width: 110 }),
            item('The Act covers seven sectors.', 185, 760),
            item('•', 89, 730),
            item('energy and water', 107, 730),
            item('•', 89, 710),
            item('health services', 107, 710),
            item('(a)', 89, 680, { width: 12 }),
            item('Exercises were held.', 107, 680),
            item('(b)', 89, 660, { width: 12 }),
            item('A fund was set up.', 107, 660),
            item('See https://cert.examplia.example/fund for rules.', 71, 630, { width: 250 }),
          ],
          [{ url: 'https://cert.examplia.example/fund', x1: 91, y1: 626, x2: 265, y2: 642 }],
        ),
      ],
      new WarningLog(),
    );
    const [first, bullets, lettered, last] = doc.blocks;
    expect(first).toMatchObject({
      kind: 'paragraph',
      inlines: [
        { kind: 'text', text: 'Regulatory framework: ', bold: true },
        { text: 'The Act covers seven sectors.' },
      ],
    });
    expect(bullets).toMatchObject({
      kind: 'list',
      list: 'bullet',
      items: [[{ kind: 'paragraph' }], [{ kind: 'paragraph' }]],
    });
    expect(blockText(bullets!)).toBe('energy and water\nhealth services');
    expect(lettered).toMatchObject({ kind: 'list', list: 'lettered', start: 1 });
    expect(last).toMatchObject({
      kind: 'paragraph',
      inlines: [{ text: 'See ' }, { kind: 'link', url: 'https://cert.examplia.example/fund' }, { text: ' for rules.' }],
    });
  });

  it('ends a paragraph at a short line that ends a sentence where paragraphs are not set apart by space', () => {
    const lines = [
      'The first paragraph fills this line and the next one with text about',
      'incident reporting.',
      'A second paragraph follows on the very next line, set apart by',
      'nothing but the short line before it.',
    ];
    const doc = analysePdfLayout(
      [page(paragraph(lines, 760).map((i, n) => (n === 1 ? { ...i, width: 95 } : i)))],
      new WarningLog(),
    );
    expect(texts(doc)).toEqual([
      'The first paragraph fills this line and the next one with text about incident reporting.',
      'A second paragraph follows on the very next line, set apart by nothing but the short line before it.',
    ]);
  });

  it('carries a footnote that runs over the page foot on to the next page', () => {
    const full = { size: 9, width: RIGHT - 76 };
    const doc = analysePdfLayout(
      [
        page([
          ...paragraph(
            ['A long claim that needs a long note, so long that the note runs on and', 'on into the next page.'],
            760,
          ),
          item('1', 185, 764 - LINE, { size: 6.4, width: 4 }),
          item('1', 71, 80.8, { size: 5.2, width: 3 }),
          item('The note starts at the foot of the first page and', 76, 77.2, full),
        ]),
        page([
          ...paragraph(['The next page has its own paragraph of body text, long enough to fill', 'two lines.'], 760),
          item('ends at the foot of the second page.', 71, 77.2, { size: 9 }),
        ]),
      ],
      new WarningLog(),
    );
    const ref = (doc.blocks[0] as Extract<Block, { kind: 'paragraph' }>).inlines.find((i) => i.kind === 'footnote');
    expect(ref && inlineText(doc.footnotes.get(ref.id)![0]!)).toBe(
      'The note starts at the foot of the first page and ends at the foot of the second page.',
    );
    expect(texts(doc)).toHaveLength(2);
  });

  it('reads an Arabic line from the right, with the English words in it from their left end', () => {
    // An Arabic norm label flush right, an English text after it running over two more lines
    // (ragged at the left, as in a right-to-left paragraph), then an Arabic sentence.
    const doc = analysePdfLayout(
      [
        page([
          item('القاعدة', 480, 760, { width: 44 }),
          item('1', 472, 760, { width: 5 }),
          item('تقرير', 430, 760, { width: 38 }),
          item('Consistent', 300, 760, { width: 60 }),
          item('with the', 365, 760, { width: 50 }),
          item('purposes of the United Nations, including to maintain international peace and', 90, 760 - LINE, {
            width: 434,
          }),
          item('security.', 480, 760 - 2 * LINE, { width: 44 }),
          item('اعتمدت إكزامبليا خطة', 400, 700, { width: 124 }),
          item('2025', 370, 700, { width: 25 }),
          item('.', 367, 700, { width: 3 }),
        ]),
      ],
      new WarningLog(),
    );
    expect(texts(doc)).toEqual([
      'القاعدة 1 تقرير Consistent with the purposes of the United Nations, including to maintain international peace and security.',
      'اعتمدت إكزامبليا خطة 2025.',
    ]);
  });

  it('keeps the brackets of an Arabic norm label around its paragraph letter, where pdf.js gives them as one piece', () => {
    // As LibreOffice prints "الفقرة 13 (أ)) – Consistent": pdf.js gives "– )) (" as one item lying
    // across the letter (a space where the letter is), or "– ))" and a blank item over the letter.
    const label = (pieces: PdfTextItem[], english: string) =>
      analysePdfLayout(
        [
          page([
            item('القاعدة', 484.2, 760, { width: 40.2 }),
            item('1', 475, 760, { width: 6.1 }),
            item('(', 468.3, 760, { width: 3.7 }),
            item('تقرير فريق الخبراء الحكوميين لعام', 284.3, 760, { width: 183.9 }),
            item('2015', 256.6, 760, { width: 24.4 }),
            item('، الفقرة', 212.4, 760, { width: 44.2 }),
            item('13', 197, 760, { width: 12.2 }),
            ...pieces,
            item(english, 85, 760, { width: 70 }),
          ]),
        ],
        new WarningLog(),
      );
    const across = label(
      [item('– )) (', 170.1, 760, { width: 23.9 }), item('أ', 186.6, 760, { width: 3.8 })],
      'Consistent with',
    );
    expect(texts(across)).toEqual([
      'القاعدة 1 (تقرير فريق الخبراء الحكوميين لعام 2015، الفقرة 13 (أ)) – Consistent with',
    ]);
    const blank = label(
      [
        item('– ))', 162.9, 760, { width: 16.3 }),
        item(' ', 179.2, 760, { width: 11.1 }),
        item('ب', 179.3, 760, { width: 11 }),
        item('(', 190.4, 760, { width: 3.7 }),
      ],
      'In case of ICT',
    );
    expect(texts(blank)).toEqual([
      'القاعدة 1 (تقرير فريق الخبراء الحكوميين لعام 2015، الفقرة 13 (ب)) – In case of ICT',
    ]);
  });

  it('gives the brackets of an English text in an Arabic paragraph as written, not as the mirrored shapes printed', () => {
    // LibreOffice prints a bracket between right-to-left and left-to-right text mirrored, and
    // pdf.js reads the shape: ")sometimes … teams(" for "(sometimes … teams)".
    const doc = analysePdfLayout(
      [
        page([
          item('القاعدة', 484, 760, { width: 40 }),
          item('11', 470, 760, { width: 10 }),
          item('States should not harm the information systems of the', 160, 760, { width: 300 }),
          item('authorized emergency response teams', 89, 760 - LINE, { width: 203.5 }),
          item(' ', 292.7, 760 - LINE, { width: 3.1 }),
          item(')', 295.8, 760 - LINE, { width: 3.7 }),
          item('sometimes known as computer emergency', 299.5, 760 - LINE, { width: 224.8 }),
          item('response teams', 340, 760 - 2 * LINE, { width: 80 }),
          item('(', 420.1, 760 - 2 * LINE, { width: 3.7 }),
          item(' ', 423.8, 760 - 2 * LINE, { width: 3.1 }),
          item('of another State.', 426.9, 760 - 2 * LINE, { width: 97 }),
        ]),
      ],
      new WarningLog(),
    );
    expect(texts(doc)).toEqual([
      'القاعدة 11 States should not harm the information systems of the authorized emergency response teams (sometimes known as computer emergency response teams) of another State.',
    ]);
  });

  it('puts a colon pdf.js gives apart back between the Arabic words it stands between', () => {
    // "مقدمة إلى: الفريق العامل" as one item, its colon a second item lying within it.
    const doc = analysePdfLayout(
      [page([item('مقدمة إلى الفريق العامل', 380, 760, { width: 144 }), item(':', 463, 760, { width: 3 })])],
      new WarningLog(),
    );
    expect(texts(doc)).toEqual(['مقدمة إلى: الفريق العامل']);
  });

  it('leaves no space where Chinese characters and digits meet', () => {
    // pdf.js reads the gap set between them as a blank item, or as a gap between items.
    const doc = analysePdfLayout(
      [
        page([
          item('艾克桑普利亚于', 71, 760, { width: 77 }),
          item(' ', 148, 760, { width: 3 }),
          item('2025', 151, 760, { width: 22 }),
          item('年通过了计划（第', 176, 760, { width: 88 }),
          item('1', 267, 760, { width: 5 }),
          item('步）。', 275, 760, { width: 33 }),
        ]),
      ],
      new WarningLog(),
    );
    expect(texts(doc)).toEqual(['艾克桑普利亚于2025年通过了计划（第1步）。']);
  });
});
