// The layout analysis: pages of positioned text -> the import's intermediate form. A pure
// function (no pdf.js), so it is tested with hand-made pages. Steps: lines (lines.ts), running
// headers, footers and page numbers left out (furniture.ts), footnotes at each page's foot and
// endnotes after a final "Notes" heading (notes.ts), paragraphs, headings and lists
// (paragraphs.ts), then markers linked to their notes.
import { safeUrl } from '../../security/links';
import { emptyIrDocument, type Block, type Inline, type IrDocument, type LinkRun, type TextRun } from '../ir';
import type { WarningLog } from '../warnings';
import { removeFurniture } from './furniture';
import { pageLines, type LineRun } from './lines';
import { findNote, splitEndnotes, splitFootnotes, type PdfNote } from './notes';
import { bodySizeOf, buildParagraphs, type PdfParagraph } from './paragraphs';
import type { PdfPageContent } from './types';

const MARKER = /^\d{1,4}(?:\s*[,–-]\s*\d{1,4})*$/;

class InlineWriter {
  private readonly ids = new Map<PdfNote, string>();
  constructor(
    private readonly doc: IrDocument,
    private readonly notes: readonly PdfNote[],
    private readonly log: WarningLog,
  ) {}

  /** A paragraph's runs as inlines; raised numbers become references to their notes. */
  inlines(runs: readonly LineRun[], page: number, inNote = false): Inline[] {
    const out: Inline[] = [];
    for (const run of runs) {
      if (run.sup && MARKER.test(run.text.trim()) && !inNote) {
        for (const number of run.text.split(/[^\d]+/).filter(Boolean)) this.reference(out, Number(number), page);
        continue;
      }
      const text: TextRun = { kind: 'text', text: run.text };
      if (run.bold) text.bold = true;
      if (run.italic) text.italic = true;
      const url = run.url === undefined ? null : safeUrl(run.url);
      if (run.url !== undefined && url === null) this.log.count('unsafe-link-dropped');
      const last = out[out.length - 1];
      if (url !== null && last?.kind === 'link' && last.url === url) last.children.push(text);
      else if (url !== null) out.push({ kind: 'link', url, children: [text] } satisfies LinkRun);
      else out.push(text);
    }
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.text = last.text.trimEnd();
    return out;
  }

  private reference(out: Inline[], number: number, page: number): void {
    const note = findNote(this.notes, number, page);
    if (!note) {
      this.log.add('footnote-missing', { marker: String(number) });
      return;
    }
    const id = `pdf-${this.ids.size + 1}`;
    this.ids.set(note, id);
    this.doc.footnotes.set(id, [this.inlines(joinNote(note), note.page, true)]);
    this.doc.footnoteLabels.set(id, String(note.number));
    const before = out[out.length - 1];
    if (before?.kind === 'text') before.text = before.text.trimEnd();
    out.push({ kind: 'footnote', id });
  }

  /** Notes no marker points to are kept too (the report lists them). */
  unreferenced(): void {
    for (const note of this.notes) {
      if (note.used || note.lines.length === 0) continue;
      const id = `pdf-${this.ids.size + 1}`;
      this.ids.set(note, id);
      this.doc.footnotes.set(id, [this.inlines(joinNote(note), note.page, true)]);
      this.doc.footnoteLabels.set(id, String(note.number));
    }
  }
}

function joinNote(note: PdfNote): LineRun[] {
  const [paragraph] = buildParagraphs(
    note.lines.map((line) => ({ ...line, size: note.lines[0]!.size })),
    note.lines[0]?.size ?? 0,
    true,
  );
  return paragraph?.runs ?? [];
}

/** All bold, or one short line that ends no sentence (as the plain-text reader takes it). */
function headingLike(paragraph: PdfParagraph): boolean {
  if (paragraph.runs.every((run) => run.bold || run.text.trim() === '' || run.sup)) return true;
  const text = paragraph.runs
    .map((run) => run.text)
    .join('')
    .trim();
  return paragraph.lines === 1 && text.length <= 120 && !/[.,;:!?]$/.test(text);
}

function headingLevels(paragraphs: readonly PdfParagraph[], bodySize: number): Map<number, number> {
  const sizes = [...new Set(paragraphs.map((p) => Math.round(p.size * 2) / 2).filter((s) => s >= bodySize * 1.12))];
  sizes.sort((a, b) => b - a);
  return new Map(sizes.map((size, i) => [size, Math.min(i + 1, 3)]));
}

export function analysePdfLayout(pages: readonly PdfPageContent[], log: WarningLog): IrDocument {
  const doc = emptyIrDocument();
  const lined = pages.map((page, i) => pageLines(page, i));
  const { pages: withoutFurniture, removed } = removeFurniture(
    lined,
    pages.map((page) => page.height),
  );
  if (removed > 0) log.add('headers-footers-ignored');
  const bodySize = bodySizeOf(withoutFurniture.flat());
  const { pages: bodies, notes: footnotes } = splitFootnotes(withoutFurniture, bodySize);
  const { lines, notes: endnotes } = splitEndnotes(bodies.flat());
  const writer = new InlineWriter(doc, [...footnotes, ...endnotes], log);
  const paragraphs = buildParagraphs(lines, bodySize);
  const levels = headingLevels(paragraphs, bodySize);

  let list: Extract<Block, { kind: 'list' }> | null = null;
  for (const paragraph of paragraphs) {
    const inlines = writer.inlines(paragraph.runs, paragraph.page);
    const level = levels.get(Math.round(paragraph.size * 2) / 2);
    if (paragraph.item) {
      const block = { kind: 'paragraph', inlines } as const;
      if (list && list.list === paragraph.item.list) list.items.push([block]);
      else {
        list = { kind: 'list', list: paragraph.item.list, start: paragraph.item.value, items: [[block]] };
        doc.blocks.push(list);
      }
      continue;
    }
    list = null;
    if (level !== undefined) doc.blocks.push({ kind: 'heading', level, inlines });
    else
      doc.blocks.push({
        kind: 'paragraph',
        inlines,
        ...(headingLike(paragraph) ? { headingLike: true } : {}),
      });
  }
  writer.unreferenced();
  return doc;
}
