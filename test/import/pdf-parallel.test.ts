// A host with spare cores reads a long PDF's later pages in other threads (PdfEngine.pageReaders):
// the pages come back in order, the same as read in one thread, and a failure in another thread
// is the import's failure, with every thread ended.
import { describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../cli/pdf-engine';
import { ImportError, type PdfEngine } from '../../shared/import';
import type { PdfPageReader } from '../../shared/import/pdf/engine';
import { extractPdfPageRange, extractPdfPages } from '../../shared/import/pdf/extract';
import { writeTestPdf } from './pdf-writer';

const LINES = ['Republic of Examplia', '', 'Norm 1 (13a) Cooperate for stability and security'];

const texts = (pages: Awaited<ReturnType<typeof extractPdfPages>>) =>
  pages.map((page) => page.items.map((item) => item.text).join(''));

describe('pages read in other threads', () => {
  it('hands the later pages to the other readers and returns all pages in order', async () => {
    const bytes = writeTestPdf({ lines: LINES, pages: 7 });
    const engine = await nodePdfEngine();
    const asked: [number, number][] = [];
    let closed = 0;
    // Readers that read here, as a thread of the host would.
    const reader = (): PdfPageReader => ({
      read: (data, first, last) => (asked.push([first, last]), extractPdfPageRange(engine, data, first, last)),
      close: () => void closed++,
    });
    const parallel: PdfEngine = { ...engine, pageReaders: () => [reader(), reader()] };
    const pages = await extractPdfPages(parallel, bytes, undefined, () => {});
    expect(asked).toEqual([
      [4, 6],
      [7, 7],
    ]);
    expect(closed).toBe(2);
    expect(texts(pages)).toEqual(texts(await extractPdfPages(engine, bytes, undefined, () => {})));
  });

  it('fails the import with the other reader’s message when its pages are refused', async () => {
    const engine = await nodePdfEngine();
    let closed = false;
    const refusing: PdfEngine = {
      ...engine,
      pageReaders: () => [
        { read: () => Promise.reject(new ImportError('pdf-too-complex')), close: () => void (closed = true) },
      ],
    };
    const error = await extractPdfPages(refusing, writeTestPdf({ lines: LINES, pages: 4 }), undefined, () => {}).then(
      () => null,
      (e: unknown) => e as ImportError,
    );
    expect(error?.code).toBe('pdf-too-complex');
    expect(closed).toBe(true);
  });
});
