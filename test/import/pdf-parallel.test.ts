// A host with spare cores reads a long PDF in other threads too (PdfEngine.pageReaders): every
// reader takes the next page nobody has taken, so a reader that starts late takes fewer pages;
// the pages come back in order, the same as read in one thread, and a failure in another thread
// is the import's failure, with every thread ended.
import { describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../cli/pdf-engine';
import { ImportError, type PdfEngine } from '../../shared/import';
import type { NumberedPage, PdfPageReader } from '../../shared/import/pdf/engine';
import { extractPdfPageShare, extractPdfPages } from '../../shared/import/pdf/extract';
import { writeTestPdf } from './pdf-writer';

const LINES = ['Republic of Examplia', '', 'Norm 1 (13a) Cooperate for stability and security'];

const texts = (pages: Awaited<ReturnType<typeof extractPdfPages>>) =>
  pages.map((page) => page.items.map((item) => item.text).join(''));

describe('pages read in other threads', () => {
  it('shares the pages among the readers and returns all pages in order', async () => {
    const bytes = writeTestPdf({ lines: LINES, pages: 7 });
    const engine = await nodePdfEngine();
    const readBy: number[][] = [];
    let closed = 0;
    // Readers that read here, as a thread of the host would.
    const reader = (): PdfPageReader => ({
      read: async (data, claims, pages) => {
        const read = await extractPdfPageShare(engine, data, claims, pages);
        readBy.push(read.map((page) => page.number));
        return read;
      },
      close: () => void closed++,
    });
    const parallel: PdfEngine = { ...engine, pageReaders: () => [reader(), reader()] };
    const pages = await extractPdfPages(parallel, bytes, undefined, () => {});
    expect(closed).toBe(2);
    expect(texts(pages)).toEqual(texts(await extractPdfPages(engine, bytes, undefined, () => {})));
    // No page read twice by the other readers (the result holds each page once, checked above).
    const theirs = readBy.flat();
    expect(new Set(theirs).size).toBe(theirs.length);
  });

  it('lets this thread read on while another reader is still starting, so that one reads only what is left', async () => {
    const bytes = writeTestPdf({ lines: LINES, pages: 8 });
    const engine = await nodePdfEngine();
    let theirs: NumberedPage[] = [];
    let started!: () => void;
    const late = new Promise<void>((resolve) => (started = resolve));
    const slow: PdfPageReader = {
      // Starts once this thread has taken six of the eight pages.
      read: async (data, claims, pages) => {
        await late;
        theirs = await extractPdfPageShare(engine, data, claims, pages);
        return theirs;
      },
      close: () => {},
    };
    const pages = await extractPdfPages({ ...engine, pageReaders: () => [slow] }, bytes, undefined, (fraction) => {
      if (fraction >= 6 / 8) started();
    });
    expect(texts(pages)).toEqual(Array(8).fill(LINES.join('')));
    // Only pages this thread had not taken by then (with halves fixed in advance it would read 5 to 8).
    expect(theirs.every((page) => page.number > 6)).toBe(true);
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
