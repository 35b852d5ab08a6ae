// Text copied out of a PDF: the printing of each page (notes at its foot, its number, the running
// header) comes out, the notes go where they are referenced, and the text goes on across pages.
import { describe, expect, it } from 'vitest';
import { inlineText, type Block, type Inline, type IrDocument } from '../ir';
import { WarningLog } from '../warnings';
import { textToIr } from './parse';

const parse = (source: string) => textToIr(source, new WarningLog());
const texts = (blocks: Block[]) =>
  blocks.map((block) =>
    block.kind === 'paragraph' || block.kind === 'heading' ? inlineText(block.inlines) : block.kind,
  );
const inlinesOf = (doc: IrDocument): Inline[] =>
  doc.blocks.flatMap((block) => (block.kind === 'paragraph' || block.kind === 'heading' ? block.inlines : []));
/** The body's text with each note written in brackets where it is referenced. */
function withNotes(doc: IrDocument): string {
  return doc.blocks
    .map((block) =>
      block.kind === 'paragraph' || block.kind === 'heading'
        ? block.inlines
            .map((inline) =>
              inline.kind === 'footnote'
                ? `{${doc.footnotes
                    .get(inline.id)!
                    .map((paragraph) => inlineText(paragraph))
                    .join(' ')}}`
                : inlineText([inline]),
            )
            .join('')
        : block.kind,
    )
    .join('\n');
}

const WIDE_1 = 'Examplia has published a national strategy for the security of networks and its';
const WIDE_2 = 'information systems, which the parliament adopted after a public consultation.';

describe('text copied out of a PDF', () => {
  it('takes out the notes at the foot of each page (pdftotext), the page numbers and the running header', () => {
    const doc = parse(
      [
        'Examplia – national non-paper',
        '',
        WIDE_1,
        `${WIDE_2}1 The national CERT`,
        'coordinates the response to incidents with the operators of essential services and',
        '1',
        '',
        'National strategy 2025, https://example.org/strategy',
        '',
        '1',
        '',
        '\fExamplia – national non-paper',
        '',
        'the regulators.2 It reports to the government every year on the incidents notified to',
        'it and on the exercises it has organised with the neighbouring States.',
        '',
        '2',
        '',
        'Annual report of the CERT, https://example.org/report',
        '',
        '2',
        '',
        '\fExamplia – national non-paper',
        '',
        'The delegation of Examplia supports the work of the group.',
        '',
        '3',
      ].join('\n'),
    );
    expect(withNotes(doc)).toBe(
      `${WIDE_1} ${WIDE_2}{National strategy 2025, https://example.org/strategy} The national CERT coordinates the response to incidents with the operators of essential services and the regulators.{Annual report of the CERT, https://example.org/report} It reports to the government every year on the incidents notified to it and on the exercises it has organised with the neighbouring States.\nThe delegation of Examplia supports the work of the group.`,
    );
  });

  it('links raised marks (¹²³) to the notes of each page, without page breaks or blank lines, and "- 2 -" page numbers', () => {
    const doc = parse(
      [
        WIDE_1,
        `${WIDE_2}¹ The national CERT coordinates the response to`,
        'incidents with the operators of essential services and the regulators.²',
        '¹ National strategy 2025, https://example.org/strategy',
        '² Decree on the CERT',
        '- 1 -',
        'It reports to the government every year on the incidents notified to it and on the',
        'exercises it has organised with neighbouring States.³',
        '³ Annual report of the CERT.',
        '- 2 -',
      ].join('\n'),
    );
    expect(withNotes(doc)).toBe(
      `${WIDE_1} ${WIDE_2}{National strategy 2025, https://example.org/strategy} The national CERT coordinates the response to incidents with the operators of essential services and the regulators.{Decree on the CERT}\nIt reports to the government every year on the incidents notified to it and on the exercises it has organised with neighbouring States.{Annual report of the CERT.}`,
    );
  });

  it('reads bracketed marks, "(1)" glued to a word, and "Page 1 of 2" footers', () => {
    const doc = parse(
      [
        'The Act on the security of networks [1] applies to the operators of essential services,',
        'who notify their incidents within a day of knowing of them.',
        '[1] Act No. 12 of 2024.',
        'Page 1 of 2',
        'The regulator checks the operators every two years and publishes the results(2) in its',
        'annual report, which the parliament discusses every spring with the government.',
        '(2) Report of the regulator.',
        'Page 2 of 2',
      ].join('\n'),
    );
    expect(withNotes(doc)).toBe(
      'The Act on the security of networks {Act No. 12 of 2024.} applies to the operators of essential services, who notify their incidents within a day of knowing of them.\nThe regulator checks the operators every two years and publishes the results{Report of the regulator.} in its annual report, which the parliament discusses every spring with the government.',
    );
  });

  it('takes a number glued to a word as a mark only when its note exists and comes next', () => {
    const doc = parse(
      [
        'The G20 and the G7 discussed the security of the supply chain of ICT products in 2024,',
        'and Examplia reported on its own measures to the members of both groups in detail.1',
        '',
        '1',
        '',
        'Statement of the Ministry.',
        '',
        '1',
      ].join('\n'),
    );
    expect(inlinesOf(doc).filter((inline) => inline.kind === 'footnote')).toHaveLength(1);
    expect(withNotes(doc)).toBe(
      'The G20 and the G7 discussed the security of the supply chain of ICT products in 2024, and Examplia reported on its own measures to the members of both groups in detail.{Statement of the Ministry.}',
    );
  });

  it('takes the note of a page but keeps a numbered list, a line starting with a year and "(1)" items as text', () => {
    const doc = parse(
      [
        'Examplia took three steps in 2019, which the national strategy for the security of',
        'networks and information systems had announced two years before.1',
        '1 Legislation on the security of networks',
        '2 A national CERT',
        '3 Training for diplomats',
        '2019 was also the year of the first national exercise. The Act says:',
        '(1) The Minister designates the operators.',
        '(2) The operators notify incidents.',
        '',
        '1',
        '',
        'National strategy 2017.',
        '',
        '1',
      ].join('\n'),
    );
    expect([...doc.footnotes.values()].map((note) => note.map((p) => inlineText(p)).join(' '))).toEqual([
      'National strategy 2017.',
    ]);
    const body = withNotes(doc);
    expect(body).toContain('two years before.{National strategy 2017.}');
    expect(body).toContain('1 Legislation on the security of networks');
    expect(body).toContain('2019 was also the year');
    expect(body).toContain('(1) The Minister designates the operators.');
    expect(body).not.toMatch(/\n1$/);
  });

  it('drops the running header but keeps a sub-heading that recurs in each part', () => {
    const parts = ['Norm 1 (13a)', 'Norm 2 (13b)', 'Norm 3 (13c)'].flatMap((heading, i) => [
      'Examplia – national non-paper',
      '',
      heading,
      '',
      'Implementation',
      '',
      'The national CERT leads the work.',
      '',
      String(i + 1),
      '',
    ]);
    const blocks = texts(parse(parts.join('\n')).blocks);
    expect(blocks.filter((text) => text === 'Implementation')).toHaveLength(3);
    expect(blocks.filter((text) => text.includes('Examplia') || /^\d$/.test(text))).toEqual([]);
  });

  it('joins a word hyphenated at the end of a line without a space', () => {
    const doc = parse('Support.\n\nExamplia supports small and medium-\nsized enterprises in securing their networks.');
    expect(texts(doc.blocks)).toEqual([
      'Support.',
      'Examplia supports small and medium-sized enterprises in securing their networks.',
    ]);
  });

  it('takes the angle brackets off a web address and keeps the link', () => {
    const doc = parse('The strategy is at <https://example.org/strategy>.');
    expect(inlinesOf(doc)).toEqual([
      { kind: 'text', text: 'The strategy is at ' },
      {
        kind: 'link',
        url: 'https://example.org/strategy',
        children: [{ kind: 'text', text: 'https://example.org/strategy' }],
      },
      { kind: 'text', text: '.' },
    ]);
  });
});

describe('text copied out of a PDF printed with no page numbers or running header', () => {
  // Each page's notes follow its last paragraph directly: nothing but the marks says where they end.
  // The same way at the mark and at the note.
  const mark: Record<string, (n: number) => string> = {
    raised: (n) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[n]!,
    bracketed: (n) => `[${n}]`,
    'in brackets': (n) => `(${n})`,
    'glued digits': (n) => String(n),
  };

  it.each(Object.keys(mark))('keeps the notes of each page as notes, marked %s', (style) => {
    const m = mark[style]!;
    const n = m;
    const doc = parse(
      [
        WIDE_1,
        `${WIDE_2}${m(1)} The national CERT coordinates the response to`,
        `incidents with the operators of essential services and the regulators.${m(2)}`,
        `${n(1)} National strategy 2025, https://example.org/strategy`,
        `${n(2)} Decree on the national CERT, adopted by the government on 12 May`,
        '2024 after a consultation of the operators.',
        'It reports to the government every year on the incidents notified to it and on the',
        `exercises it has organised with neighbouring States.${m(3)}`,
        `${n(3)} Annual report of the CERT.`,
        'The delegation of Examplia supports the work of the group.',
      ].join('\n'),
    );
    expect(withNotes(doc)).toBe(
      [
        `${WIDE_1} ${WIDE_2}{National strategy 2025, https://example.org/strategy} The national CERT coordinates the response to incidents with the operators of essential services and the regulators.{Decree on the national CERT, adopted by the government on 12 May 2024 after a consultation of the operators.}`,
        'It reports to the government every year on the incidents notified to it and on the exercises it has organised with neighbouring States.{Annual report of the CERT.}',
        'The delegation of Examplia supports the work of the group.',
      ].join('\n'),
    );
  });

  it('keeps the notes set apart by blank lines, as pdftotext gives them', () => {
    const doc = parse(
      [
        WIDE_1,
        WIDE_2,
        'It was revised in 2025.1',
        '',
        '1',
        '',
        'National strategy 2025.',
        '',
        'The delegation of Examplia supports the work of the group.',
      ].join('\n'),
    );
    expect(withNotes(doc)).toBe(
      `${WIDE_1} ${WIDE_2} It was revised in 2025.{National strategy 2025.}\nThe delegation of Examplia supports the work of the group.`,
    );
  });

  it('never takes a numbered list in the body for notes', () => {
    const doc = parse(
      [
        'Examplia took three steps in 2019, as its national strategy of 2017 had announced.¹',
        '1 Legislation on the security of networks',
        '2 A national CERT',
        'The three steps were evaluated in 2022 by the national audit office in detail.',
        '',
        'The G20 and the G7 discussed the security of supply chains, and Examplia took part.1',
        '1 Examplia chaired the first meeting of the experts.',
        '2 Examplia hosted the second meeting.',
        'The next meeting is planned for the spring.',
      ].join('\n'),
    );
    expect(doc.footnotes.size).toBe(0);
    const body = withNotes(doc);
    expect(body).toContain('1 Legislation on the security of networks');
    expect(body).toContain('2 A national CERT');
    expect(body).toContain('1 Examplia chaired the first meeting of the experts.');
    expect(body).toContain('2 Examplia hosted the second meeting.');
  });
});
