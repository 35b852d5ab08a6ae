// Helpers for the real-reader tests: write an export to a temporary folder, read its parts with
// unzip, and run pandoc, LibreOffice (one private profile per conversion), pdftotext, pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Draft } from '../../shared/model/draft';
import { defaultExportOptions, exportDocx } from '../../shared/docx';
import type { DocxExportOptions } from '../../shared/docx';
import { publicDraft } from '../../shared/collab/public-draft';

export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-results', 'docx');
const TOOL_TIMEOUT = 120_000;

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `norms-drafter-${prefix}-`));
}

export async function writeExport(
  draft: Draft,
  dir: string,
  name: string,
  options: Partial<DocxExportOptions> = {},
  now = new Date(),
): Promise<string> {
  const bytes = await exportDocx(publicDraft(draft), { ...defaultExportOptions(), ...options }, { now });
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  return file;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', timeout: TOOL_TIMEOUT, maxBuffer: 64 * 1024 * 1024 });
}

export function partNames(docx: string): string[] {
  return run('unzip', ['-Z1', docx]).split('\n').filter(Boolean);
}

export function part(docx: string, name: string): string {
  // unzip reads names as wildcard patterns: "[Content_Types].xml" needs its brackets escaped.
  return run('unzip', ['-p', docx, name.replace(/[[\]*?]/g, '\\$&')]);
}

/** Parses a part with a real XML parser (the test's jsdom environment); malformed XML fails the test. */
export function xml(docx: string, name: string): Document {
  const doc = new DOMParser().parseFromString(part(docx, name), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`${name} is not well-formed XML: ${error.textContent}`);
  return doc;
}

export function elements(node: Document | Element, tag: string): Element[] {
  return Array.from(node.getElementsByTagName(tag));
}

/** The text of a paragraph, run by run. */
export function paragraphText(p: Element): string {
  return elements(p, 'w:t')
    .map((t) => t.textContent ?? '')
    .join('');
}

export function pandocMarkdown(docx: string, extra: string[] = []): string {
  // Without the smart extension, so dashes and quotes come back as typed.
  return run('pandoc', ['--from', 'docx', '--to', 'markdown-smart', '--wrap=none', ...extra, docx]);
}

/** Converts the files to `format` (pdf, fodt…) in one LibreOffice run with its own profile, removed afterwards. */
export function convertWithLibreOffice(docxFiles: string[], outDir: string, format: string): string[] {
  const profile = tempDir('lo-profile');
  try {
    run('soffice', [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...docxFiles,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxFiles.map((file) => join(outDir, basename(file).replace(/\.docx$/, `.${format}`)));
}

export function convertToPdf(docxFiles: string[], outDir: string): string[] {
  return convertWithLibreOffice(docxFiles, outDir, 'pdf');
}

/** PDF text without the direction marks pdftotext adds, in compatibility form (no presentation forms). */
export function pdfText(pdf: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', pdf, '-'])
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .normalize('NFKC');
}

/** Renders page 1 at 60 dpi into test-results/docx/<name>.png (to look at). */
export function renderFirstPage(pdf: string, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const prefix = join(ARTIFACTS, name);
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

export interface PageFill {
  page: number;
  /** From the top margin to the lowest line of body text, as a share of the text area's height (0..1). */
  fill: number;
}

/**
 * How far down each page the body text reaches, from pdftotext's line boxes. Lines smaller than
 * body text (footnotes, the page number, the header line) do not count: a page holding one
 * paragraph and a footnote at its foot is still mostly blank.
 */
export function pageFill(pdf: string, margins: { top: number; bottom: number }, minLineHeight: number): PageFill[] {
  const html = run('pdftotext', ['-bbox-layout', pdf, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page, index) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1]);
      const bottom = height - margins.bottom;
      let lowest = margins.top;
      for (const [, yMin, yMax] of page.matchAll(
        /<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g,
      )) {
        const top = Number(yMin);
        const end = Number(yMax);
        if (end - top >= minLineHeight && end <= bottom + 2) lowest = Math.max(lowest, end);
      }
      return { page: index + 1, fill: (lowest - margins.top) / (bottom - margins.top) };
    });
}

export interface PdfLine {
  page: number;
  pageWidth: number;
  /** The line's words from left to right as laid out, with their left and right edges (points). */
  words: Array<{ text: string; xMin: number; xMax: number }>;
}

/** The PDF's lines and word positions (pdftotext -bbox-layout), words in compatibility form. */
export function pdfLines(pdf: string): PdfLine[] {
  const html = run('pdftotext', ['-bbox-layout', pdf, '-']);
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, index) => {
      const pageWidth = Number(/width="([\d.]+)"/.exec(page)?.[1]);
      return page
        .split('<line ')
        .slice(1)
        .map((line) => ({
          page: index + 1,
          pageWidth,
          words: [
            ...line.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
          ]
            .map(([, xMin, xMax, text]) => ({
              text: unescapeHtml(text!)
                .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
                .normalize('NFKC'),
              xMin: Number(xMin),
              xMax: Number(xMax),
            }))
            .filter((word) => word.text !== '')
            .sort((a, b) => a.xMin - b.xMin),
        }));
    });
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
