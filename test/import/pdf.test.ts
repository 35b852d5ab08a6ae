// PDFs made in the test: the invented State's non-paper and NGO contribution exported to Word by
// the app, printed to PDF by LibreOffice (with a running header and page numbers), and imported.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../cli/pdf-engine';
import { NORM_LETTERS, type Draft, type NormLetter } from '../../shared/model/draft';
import type { SerializedNode } from '../../shared/model/lexical-json';
import { collectFootnotes } from '../../shared/model/footnotes';
import { bodyText } from '../../shared/model/text';
import { sectionWordCount } from '../../shared/model/words';
import { importDocument, type ImportResult } from '../../shared/import';
import { convertWithLibreOffice, pdfText, writeExport } from '../docx/support';
import { sectionOf } from '../fixtures/examplia';
import { longSubmission } from './pdf-fixtures';
import { importFile, repoTemplates, tempDir } from './support';

const HEADERS = {
  state: 'Republic of Examplia – national non-paper',
  ngo: 'Examplia Digital Rights Forum – contribution',
};
const KINDS = ['state', 'ngo'] as const;

let dir: string;
const sources = new Map<string, Draft>();
const imported = new Map<string, ImportResult>();
const pdfFiles = new Map<string, string>();

async function importPdf(path: string): Promise<ImportResult> {
  let next = 0;
  return importDocument(
    { name: path, bytes: new Uint8Array(readFileSync(path)) },
    { templates: repoTemplates(), now: Date.UTC(2026, 3, 1), newId: () => `id-${next++}`, pdf: nodePdfEngine },
  );
}

// One LibreOffice run for both documents, then pdf.js on each: far over the default 5 s on a
// shared machine.
beforeAll(async () => {
  dir = tempDir('pdf');
  const files: string[] = [];
  for (const kind of KINDS) {
    const draft = longSubmission(kind);
    sources.set(kind, draft);
    files.push(await writeExport(draft, dir, kind, { headerLine: HEADERS[kind] }, new Date(Date.UTC(2025, 8, 5))));
  }
  const pdfs = convertWithLibreOffice(files, dir, 'pdf');
  for (const [i, kind] of KINDS.entries()) {
    pdfFiles.set(kind, pdfs[i]!);
    imported.set(kind, await importPdf(pdfs[i]!));
  }
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const noteTexts = (draft: Draft, letter: NormLetter) =>
  collectFootnotes(sectionOf(draft, 'norm', letter).content).map((n) => flat(bodyText(n.note).body));

function nodes(content: SerializedNode[]): SerializedNode[] {
  return content.flatMap((node) => [node, ...('children' in node ? nodes(node.children) : [])]);
}

describe.each(KINDS)('a PDF of the %s submission', (kind) => {
  it('places all 11 norms, with the words of each within 5% of the source', () => {
    const { draft, report } = imported.get(kind)!;
    expect(report.format).toBe('pdf');
    expect(report.normsFound).toEqual([...NORM_LETTERS]);
    for (const letter of NORM_LETTERS) {
      const source = sectionWordCount(sectionOf(sources.get(kind)!, 'norm', letter).content);
      const words = sectionWordCount(sectionOf(draft, 'norm', letter).content);
      expect(Math.abs(words - source) / source, `norm ${letter}: ${words} words, source ${source}`).toBeLessThanOrEqual(
        0.05,
      );
    }
  });

  it('keeps at least 95% of the footnotes as footnotes of the right norm', () => {
    const { draft } = imported.get(kind)!;
    let total = 0;
    let kept = 0;
    for (const letter of NORM_LETTERS) {
      const got = noteTexts(draft, letter);
      for (const text of noteTexts(sources.get(kind)!, letter)) {
        total++;
        if (got.includes(text)) kept++;
      }
    }
    expect(total).toBeGreaterThanOrEqual(22);
    expect(kept / total).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves out the running header and the page numbers', () => {
    const { draft } = imported.get(kind)!;
    const text = draft.sections.map((section) => bodyText(section.content).body).join('\n');
    expect(text).not.toContain(HEADERS[kind]);
    expect(text.split('\n').filter((line) => /^\s*\d{1,3}\s*$/.test(line))).toEqual([]);
  });

  it('keeps the bold run-in sub-heading, the bullet list and the links', () => {
    const { draft } = imported.get(kind)!;
    const g = nodes(sectionOf(draft, 'norm', 'g').content.root.children);
    expect(g.some((n) => n.type === 'text' && n.text === 'Regulatory framework: ' && (n.format & 1) === 1)).toBe(true);
    const list = g.find((n) => n.type === 'list');
    expect(list && list.type === 'list' && list.listType).toBe('bullet');
    expect(list && 'children' in list ? list.children.length : 0).toBe(3);
    const j = nodes(sectionOf(draft, 'norm', 'j').content.root.children);
    expect(j.some((n) => n.type === 'link' && n.url === 'https://cert.examplia.example/disclosure')).toBe(true);
  });
});

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const raised = (digits: string) => [...digits].map((d) => SUPERSCRIPT[Number(d)]).join('');

/**
 * Text copied out of the PDF: as pdftotext reads it without -layout (a mark is a number glued to
 * its word, each note's number on a line of its own, a form feed between pages), and as viewers
 * that keep raised marks copy it (¹²³, each note on one line, no page breaks, no blank lines).
 * In these documents a number glued to a word is always a note mark.
 */
const COPIES = {
  pdftotext: (text: string) => text,
  superscript: (text: string) =>
    text
      .replace(/\f/g, '')
      .replace(/(?<=[\p{L}.,;:)])(\d{1,2})(?=\s|$)/gmu, (_, digits: string) => raised(digits))
      .replace(
        /^(\d{1,2})\n+(?=(?:Government of Examplia|Forum) report)/gmu,
        (_, digits: string) => `${raised(digits)} `,
      )
      .replace(/\n{2,}/g, '\n'),
};
const COPY_CASES = KINDS.flatMap((kind) =>
  (['pdftotext', 'superscript'] as const).map((copy) => [kind, copy] as const),
);

describe.each(COPY_CASES)('text copied out of a PDF of the %s submission (%s)', (kind, copy) => {
  let result: ImportResult;
  beforeAll(async () => {
    const file = join(dir, `${kind}-${copy}.txt`);
    writeFileSync(file, COPIES[copy](pdfText(pdfFiles.get(kind)!)));
    result = await importFile(file);
  });

  it('places all 11 norms, with the words of each within 5% of the source', () => {
    expect(result.report.normsFound).toEqual([...NORM_LETTERS]);
    for (const letter of NORM_LETTERS) {
      const source = sectionWordCount(sectionOf(sources.get(kind)!, 'norm', letter).content);
      const words = sectionWordCount(sectionOf(result.draft, 'norm', letter).content);
      expect(Math.abs(words - source) / source, `norm ${letter}: ${words} words, source ${source}`).toBeLessThanOrEqual(
        0.05,
      );
    }
  });

  it('keeps at least 19 in 20 footnotes as footnotes of the right norm, where they are referenced', () => {
    let total = 0;
    let kept = 0;
    for (const letter of NORM_LETTERS) {
      const got = noteTexts(result.draft, letter);
      for (const text of noteTexts(sources.get(kind)!, letter)) {
        total++;
        if (got.includes(text)) kept++;
      }
    }
    expect(total).toBeGreaterThanOrEqual(22);
    expect(kept / total).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves out the running header, the page numbers and the note marks', () => {
    const text = result.draft.sections.map((section) => bodyText(section.content).body).join('\n');
    expect(text).not.toContain(HEADERS[kind]);
    expect(text.split('\n').filter((line) => /^\s*\d{1,3}\s*$/.test(line))).toEqual([]);
    expect(text).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]|\p{L}\.\d/u);
  });
});
