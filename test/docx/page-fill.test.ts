// No page of the Word export may stand half blank before the end: LibreOffice lays the export of
// a half-written non-paper out as PDF, and every page but the last is at least half full.
// Regression: headings kept with the next paragraph chained across empty sections (each norm
// heading to the next) and pushed the whole chain to a new page, leaving the page before it
// two thirds blank.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { halfWritten } from './fixtures/examplia-pages';
import { convertToPdf, pageFill, pandocMarkdown, tempDir, writeExport, type PageFill } from './support';

// A4 with 2.5 cm margins (shared/docx/page.ts), in points as pdftotext measures.
const MARGINS = { top: 70.85, bottom: 70.85 };
// Body text is 11 pt (a line box of about 14 pt); footnotes and the page number are 9 pt (about 12 pt).
const BODY_LINE = 13;

let dir: string;
let fills: { byDefault: PageFill[]; withEmpty: PageFill[] };
let markdown: string;

beforeAll(async () => {
  dir = tempDir('page-fill');
  const byDefault = await writeExport(halfWritten, dir, 'default');
  const withEmpty = await writeExport(halfWritten, dir, 'with-empty', { includeEmptySections: true });
  markdown = pandocMarkdown(byDefault);
  const [defaultPdf, withEmptyPdf] = convertToPdf([byDefault, withEmpty], dir);
  fills = {
    byDefault: pageFill(defaultPdf!, MARGINS, BODY_LINE),
    withEmpty: pageFill(withEmptyPdf!, MARGINS, BODY_LINE),
  };
  // LibreOffice starts and converts two documents: several seconds, more on a busy machine.
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const halfBlank = (pages: PageFill[]) => pages.slice(0, -1).filter((p) => p.fill < 0.5);

describe('page fill of the Word export in LibreOffice', () => {
  it('leaves no page but the last less than half full in the default export', () => {
    expect(fills.byDefault.length).toBeGreaterThanOrEqual(2);
    expect(halfBlank(fills.byDefault)).toEqual([]);
  });

  it('leaves no page but the last less than half full when the empty sections are kept too', () => {
    expect(fills.withEmpty.length).toBeGreaterThan(fills.byDefault.length);
    expect(halfBlank(fills.withEmpty)).toEqual([]);
  });

  it('writes the written sections and the forum line, and leaves out the empty ones', () => {
    expect(markdown).toMatch(/^Submitted to: Open-ended Working Group on ICT security, 2026 session$/m);
    for (const written of ['# Executive summary', 'paragraph 13a', 'paragraph 13b', 'paragraph 13c'])
      expect(markdown).toContain(written);
    for (const empty of ['# National approach', 'paragraph 13d', 'paragraph 13k'])
      expect(markdown).not.toContain(empty);
  });
});
