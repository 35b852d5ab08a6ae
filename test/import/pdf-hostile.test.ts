// Hostile and broken PDFs: each is refused with its own message, or read safely, and the import
// returns nothing when it fails. Made by the small writer in pdf-writer.ts.
import { describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../cli/pdf-engine';
import { bodyText } from '../../shared/model/text';
import { importDocument, PDF_LIMITS, type ImportResult } from '../../shared/import';
import { writeTestPdf } from './pdf-writer';
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

function importPdf(bytes: Uint8Array, name = 'paper.pdf'): Promise<ImportResult> {
  let next = 0;
  return importDocument(
    { name, bytes },
    { templates: repoTemplates(), now: Date.UTC(2026, 3, 1), newId: () => `id-${next++}`, pdf: nodePdfEngine },
  );
}

async function failure(bytes: Uint8Array, name?: string): Promise<{ code: string; message: string }> {
  const error = (await importPdf(bytes, name).then(
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
