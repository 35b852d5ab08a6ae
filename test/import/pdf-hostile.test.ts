// Hostile and broken PDFs: each is refused with its own message, or read safely, and the import
// returns nothing when it fails. Made by the small writer in pdf-writer.ts.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../cli/pdf-engine';
import { bodyText } from '../../shared/model/text';
import { importDocument, PDF_LIMITS, type ImportResult, type PdfEngine } from '../../shared/import';
import { flateBomb, writeTestPdf } from './pdf-writer';
import { repoTemplates } from './support';

// Empty lines set the paragraphs apart.
const LINES = [
  'Republic of Examplia',
  '',
  'Norm 1 (13a) Cooperate for stability and security',
  '',
  'Examplia hosts a yearly regional dialogue',
  'on ICT security, with officials from nine',
  'States in 2024.',
];
const SENTENCE = 'Examplia hosts a yearly regional dialogue on ICT security, with officials from nine States in 2024.';

function importPdf(bytes: Uint8Array, name = 'paper.pdf', pdf = nodePdfEngine): Promise<ImportResult> {
  let next = 0;
  return importDocument(
    { name, bytes },
    { templates: repoTemplates(), now: Date.UTC(2026, 3, 1), newId: () => `id-${next++}`, pdf },
  );
}

async function failure(
  bytes: Uint8Array,
  name?: string,
  pdf?: () => Promise<PdfEngine>,
): Promise<{ code: string; message: string }> {
  const error = (await importPdf(bytes, name, pdf).then(
    () => null,
    (e: unknown) => e,
  )) as { code: string; message: string } | null;
  if (error === null) throw new Error('the import succeeded');
  return error;
}

function allText(result: ImportResult): string {
  return result.draft.sections.map((section) => bodyText(section.content).body).join('\n');
}

describe('hostile PDFs', () => {
  it('reads a well-formed PDF written by hand (the writer itself is sound)', async () => {
    const result = await importPdf(writeTestPdf({ lines: LINES }));
    expect(result.report.normsFound).toEqual(['a']);
    expect(allText(result)).toContain(SENTENCE);
  });

  it('refuses a password-protected PDF and says how to get a copy without the password', async () => {
    const bytes = writeTestPdf({ lines: LINES, encrypted: true });
    const copy = bytes.slice();
    const error = await failure(bytes);
    expect(error.code).toBe('pdf-encrypted');
    expect(error.message).toMatch(/password/);
    expect(bytes).toEqual(copy);
  });

  it('refuses a PDF cut off in the middle as damaged', async () => {
    const whole = writeTestPdf({ lines: LINES });
    const error = await failure(whole.slice(0, 40));
    expect(error.code).toBe('pdf-damaged');
    expect(error.message).toMatch(/damaged or incomplete/);
  });

  it('says a file named .pdf that is not a PDF is not one', async () => {
    const error = await failure(new TextEncoder().encode('Just some notes, saved with the wrong name.'));
    expect(error.code).toBe('not-pdf');
  });

  it('refuses a PDF with thousands of pages before reading any page', async () => {
    const error = await failure(writeTestPdf({ lines: LINES, pages: PDF_LIMITS.pages + 500 }));
    expect(error.code).toBe('pdf-too-many-pages');
    expect(error.message).toContain(String(PDF_LIMITS.pages + 500));
  });

  it('refuses a PDF without text (scanned pages) with its own message', async () => {
    const error = await failure(writeTestPdf({ lines: [] }));
    expect(error.code).toBe('pdf-no-text');
  });

  it('reads a PDF whose cross-reference table is wrong, and never runs its script', async () => {
    const script = 'globalThis.exampliaScriptRan = true;';
    const result = await importPdf(writeTestPdf({ lines: LINES, xrefShift: 7, script }));
    expect(allText(result)).toContain(SENTENCE);
    expect((globalThis as { exampliaScriptRan?: boolean }).exampliaScriptRan).toBeUndefined();
  });

  // Writing the 2 MB file and inflating up to the limit (128 MB) take seconds on a busy machine.
  it(
    'refuses a small PDF whose page inflates to gigabytes, without inflating it, and changes nothing',
    { timeout: 30_000 },
    async () => {
      // 2 GB of spaces (a page of nothing) in a file of about 2 MB.
      const bytes = writeTestPdf({ lines: [], deflated: flateBomb(' ', 2048) });
      expect(bytes.length).toBeLessThan(3 * 2 ** 20);
      const copy = Buffer.from(bytes);
      const rssBefore = process.memoryUsage().rss;
      const error = await failure(bytes);
      expect(error.code).toBe('pdf-too-complex');
      expect(error.message).toMatch(/far more content than a submission/);
      expect(error.message).toMatch(/save or print a new copy/);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(4 * PDF_LIMITS.inflated);
      expect(copy.equals(bytes)).toBe(true);
    },
  );

  it('refuses a PDF with more text on a page than any submission holds', async () => {
    // Text one point high, 1,000 characters a line, lines one point apart: more than fits the limit.
    const line = `(${'Examplia '.repeat(111)}) '`;
    const lines = Math.ceil(PDF_LIMITS.textPerPage / 999) + 10;
    const content = `BT /F1 1 Tf 1 TL 2 840 Td ${Array.from({ length: lines }, () => line).join(' ')} ET`;
    const error = await failure(
      writeTestPdf({ lines: [], deflated: new Uint8Array(deflateSync(Buffer.from(content))) }),
    );
    expect(error.code).toBe('pdf-too-complex');
  });

  it('gives up on a PDF whose page pdf.js cannot finish reading, with the same message', async () => {
    const real = await nodePdfEngine();
    let destroyed = false;
    // A reader that opens the file but never finishes its first page; timers run at once.
    const stuck: PdfEngine = {
      ...real,
      delay: () => Promise.resolve(),
      pdfjs: {
        getDocument: () => ({
          promise: new Promise(() => {}),
          destroy: async () => {
            destroyed = true;
          },
        }),
      },
    };
    const error = await failure(writeTestPdf({ lines: LINES }), 'paper.pdf', () => Promise.resolve(stuck));
    expect(error.code).toBe('pdf-too-complex');
    expect(destroyed).toBe(true);
  });

  it('refuses a PDF in a host without a PDF reader, naming what the user can do', async () => {
    const error = await importDocument(
      { name: 'paper.pdf', bytes: writeTestPdf({ lines: LINES }) },
      { templates: repoTemplates(), now: 0, newId: () => 'x' },
    ).then(
      () => null,
      (e: unknown) => e as { code: string },
    );
    expect(error?.code).toBe('pdf-unavailable');
  });
});
