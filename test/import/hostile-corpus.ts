// Files a stranger could send, generated in code: zip bombs, XML tricks, deep nesting and huge
// runs and tables in every format the importer reads. Used by hostile.test.ts (what each one
// gives) and by the benchmark (what each one costs). `scale` multiplies the size of the inputs
// marked `scales`, so that the benchmark can see how parsing time grows with input size.
import { deflatedZeros, docxPackageParts, documentXml, paragraphXml, writeZip, type RawEntry } from './support';

export interface HostileInput {
  /** Short name, used as the test title and file name. */
  name: string;
  /** File name extension the importer sees. */
  extension: '.docx' | '.md' | '.txt';
  bytes(): Uint8Array;
  /** True when `scale` changes its size (used for the growth measurement). */
  scales: boolean;
}

const MB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);

/** A DOCX whose document body is `body` (plus any extra parts). */
export function docxWithBody(body: string, extra: RawEntry[] = []): Uint8Array {
  return writeZip([...docxPackageParts(), { name: 'word/document.xml', data: documentXml(body) }, ...extra]);
}

/** Some real content first, so that an imported hostile file is a submission like any other. */
const NORM_HEADING = paragraphXml('Norm 7 (UNGGE 2015 report, paragraph 13g) – Protect critical infrastructure', true);
const MD_HEADING = '# Republic of Examplia\n\n## Norm 7 (13g) Critical infrastructure\n\n';

function nestedTables(depth: number): string {
  return `${'<w:tbl><w:tr><w:tc>'.repeat(depth)}${paragraphXml('Innermost cell of the Examplia table')}${'</w:tc></w:tr></w:tbl>'.repeat(depth)}`;
}

function tableRows(rows: number, cells: number): string {
  const row = `<w:tr>${`<w:tc>${paragraphXml('cell')}</w:tc>`.repeat(cells)}</w:tr>`;
  return `<w:tbl>${row.repeat(rows)}</w:tbl>`;
}

export function hostileCorpus(scale = 1): HostileInput[] {
  const docx = (name: string, scales: boolean, make: () => Uint8Array): HostileInput => ({
    name,
    extension: '.docx',
    bytes: make,
    scales,
  });
  const md = (name: string, scales: boolean, make: () => string): HostileInput => ({
    name,
    extension: '.md',
    bytes: () => encode(make()),
    scales,
  });
  const txt = (name: string, scales: boolean, make: () => string): HostileInput => ({
    name,
    extension: '.txt',
    bytes: () => encode(make()),
    scales,
  });
  const n = (count: number) => Math.round(count * scale);
  return [
    // ZIP archives that would expand far beyond their size.
    docx('zip-bomb-ratio', false, () =>
      writeZip([
        ...docxPackageParts(),
        { name: 'word/document.xml', deflated: { data: deflatedZeros(200), declaredSize: 1_000 } },
      ]),
    ),
    docx('zip-many-entries', false, () =>
      writeZip([
        ...docxPackageParts(),
        { name: 'word/document.xml', data: documentXml(NORM_HEADING) },
        ...Array.from({ length: 20_000 }, (_, i) => ({ name: `word/media/i${i}.png`, data: '', stored: true })),
      ]),
    ),
    docx('zip-nested', false, () => {
      const inner = writeZip([{ name: 'inner.xml', deflated: { data: deflatedZeros(100), declaredSize: 100 * MB } }]);
      return docxWithBody(NORM_HEADING + paragraphXml('The embedded archive is never opened.'), [
        { name: 'word/embeddings/oleObject1.bin', data: inner },
      ]);
    }),
    // 900,000 elements and about 80 MB of XML in a few hundred kilobytes.
    docx('xml-inflated', false, () =>
      docxWithBody(`<w:p><w:pPr><w:pStyle w:val="${'Normal'.padEnd(200, 'x')}"/></w:pPr></w:p>`.repeat(300_000)),
    ),
    // The most a DOCX may hold: just under the 100,000 elements read (three per paragraph here).
    docx('xml-at-element-limit', false, () =>
      docxWithBody(NORM_HEADING + paragraphXml('Examplia supports the norm.').repeat(33_000)),
    ),
    docx('xml-many-paragraphs', true, () =>
      docxWithBody(
        NORM_HEADING +
          paragraphXml('Examplia supports the norm on critical infrastructure protection.').repeat(n(5_000)),
      ),
    ),
    // Entity tricks: billion laughs, an external entity, a DTD hidden after a comment.
    docx('xml-billion-laughs', false, () => {
      const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
      return writeZip([
        ...docxPackageParts(),
        {
          name: 'word/document.xml',
          data: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "lol">${entities}]>${documentXml(paragraphXml('&l9;')).replace(/^<\?xml[^>]*\?>/, '')}`,
        },
      ]);
    }),
    docx('xml-external-entity', false, () =>
      writeZip([
        ...docxPackageParts(),
        {
          name: 'word/document.xml',
          data: `<?xml version="1.0"?><!-- a comment first --><!doctype w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>${documentXml(paragraphXml('&x;')).replace(/^<\?xml[^>]*\?>/, '')}`,
        },
      ]),
    ),
    // Deep nesting, plain and hidden from a naive scanner behind attribute values, comments, CDATA and processing instructions.
    docx('xml-deep', false, () =>
      docxWithBody(
        `${'<w:sdt><w:sdtContent>'.repeat(100_000)}${paragraphXml('deep')}${'</w:sdtContent></w:sdt>'.repeat(100_000)}`,
      ),
    ),
    docx('xml-deep-attribute', false, () =>
      docxWithBody(
        `${'<w:sdt w:tag="/>"><w:sdtContent>'.repeat(100_000)}${paragraphXml('deep')}${'</w:sdtContent></w:sdt>'.repeat(100_000)}`,
      ),
    ),
    docx('xml-deep-hidden', false, () =>
      docxWithBody(
        `${'<w:sdt w:tag="/>"><!-- <x/> --><w:sdtContent><?pi />?><![CDATA[ </w:sdt> ]]>'.repeat(50_000)}${paragraphXml('deep')}${'</w:sdtContent></w:sdt>'.repeat(50_000)}`,
      ),
    ),
    docx('docx-nested-tables', false, () => docxWithBody(NORM_HEADING + nestedTables(40))),
    docx('docx-huge-run', true, () => docxWithBody(NORM_HEADING + paragraphXml('Examplia '.repeat(n(100_000))))),
    docx('docx-huge-table', true, () => docxWithBody(NORM_HEADING + tableRows(n(1_000), 5))),
    // Markdown: the emphasis and link passes, deep lists and quotes, huge runs and tables.
    md('md-emphasis', false, () => MD_HEADING + '*_a_* '.repeat(800_000)),
    md('md-emphasis-paragraphs', true, () => MD_HEADING + `${'*_a_* '.repeat(4_000)}\n\n`.repeat(n(5))),
    md('md-brackets', false, () => MD_HEADING + '['.repeat(5_000_000)),
    md('md-brackets-paragraphs', true, () => MD_HEADING + `${'['.repeat(50_000)}\n\n`.repeat(n(16))),
    md('md-links', true, () => MD_HEADING + '[Examplia](https://example.org/a) '.repeat(n(5_000))),
    md(
      'md-backticks',
      true,
      () => MD_HEADING + Array.from({ length: n(2_000) }, (_, i) => `${'`'.repeat((i % 500) + 1)}a`).join(' '),
    ),
    md('md-trailing-spaces', true, () => `${MD_HEADING}a${' '.repeat(n(800_000))}b\nc\n`),
    md(
      'md-deep-list',
      false,
      () => MD_HEADING + Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
    ),
    md('md-deep-quote', false, () => `${MD_HEADING}${'>'.repeat(100_000)} deepest quote\n`),
    md(
      'md-deep-quote-lines',
      false,
      () => MD_HEADING + Array.from({ length: 1_000 }, (_, i) => `${'> '.repeat(i + 1)}quote ${i + 1}`).join('\n'),
    ),
    md('md-huge-run', true, () => MD_HEADING + 'Examplia '.repeat(n(100_000))),
    md('md-huge-table', true, () => `${MD_HEADING}| a | b |\n|---|---|\n${'| Examplia | norm |\n'.repeat(n(40_000))}`),
    md('md-many-items', true, () => MD_HEADING + '- item\n'.repeat(n(10_000))),
    // Plain text: a huge line, deep indentation, many list items and footnote marks.
    txt('text-huge-line', true, () => `Norm 7 (13g)\n\n${'Examplia '.repeat(n(100_000))}\n`),
    txt(
      'text-deep-indent',
      false,
      () =>
        `Norm 7 (13g)\n\n${Array.from({ length: 2_000 }, (_, i) => `${'\t'.repeat(i)}- level ${i + 1}`).join('\n')}\n`,
    ),
    txt('text-many-items', true, () => `Norm 7 (13g)\n\n${'- item\n'.repeat(n(10_000))}`),
    txt('text-marks', true, () => `Norm 7 (13g)\n\n${'text[1] '.repeat(n(100_000))}\n\n[1] The note.\n`),
  ];
}
