// The command line reads a long PDF in worker threads too, one per spare core: the thread (run
// here from the sources) takes the pages nobody has taken yet and reads them as the command's own
// thread would.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { extractPdfPageShare } from '../shared/import/pdf/extract';
import { newPageClaims } from '../shared/import/pdf/page-claims';
import { writeTestPdf } from '../test/import/pdf-writer';
import { nodePdfEngine } from './pdf-engine';
import { PAGES_PER_THREAD, commandPdf, pageThreads, statedPages } from './pdf-page-threads';

const LINES = ['Republic of Examplia', '', 'Norm 7 (13g) Protect critical infrastructure'];

/** A shared page counter on which the first `taken` pages are already taken. */
function claimsAfter(taken: number): SharedArrayBuffer {
  const claims = newPageClaims()!;
  new Int32Array(claims)[0] = taken;
  return claims;
}

describe('PDF page threads', () => {
  it('starts no thread for a short file, nor more than the spare cores', () => {
    expect(pageThreads(PAGES_PER_THREAD)).toEqual([]);
    const readers = pageThreads(PAGES_PER_THREAD * 10);
    expect(readers.length).toBe(Math.min(availableParallelism() - 1, 3));
    for (const reader of readers) reader.close();
  });

  // A thread run from the sources compiles them with tsx first: seconds on a busy machine.
  it('reads the pages not yet taken in another thread, as this thread reads them', { timeout: 60_000 }, async () => {
    const [reader] = pageThreads(PAGES_PER_THREAD * 10);
    if (!reader) return expect(availableParallelism()).toBe(1);
    try {
      const bytes = writeTestPdf({ lines: LINES, pages: 5 });
      // Pages 1 and 2 already taken by this thread.
      const theirs = await reader.read(bytes, claimsAfter(2), 5);
      expect(theirs.map((page) => page.number)).toEqual([3, 4, 5]);
      expect(theirs).toEqual(await extractPdfPageShare(await nodePdfEngine(), bytes, claimsAfter(2), 5));
      expect(theirs.map((page) => page.content.items.map((item) => item.text).join(''))).toEqual(
        Array(3).fill(LINES.join('')),
      );
    } finally {
      reader.close();
    }
  });

  // The import starts one thread as soon as the file says it is long, before pdf.js has counted its pages.
  it('gives a long file’s pages to the thread started early', { timeout: 60_000 }, async () => {
    const long = writeTestPdf({ lines: LINES, pages: PAGES_PER_THREAD * 3 });
    expect(statedPages(long)).toBe(PAGES_PER_THREAD * 3);
    const pdf = commandPdf(long);
    try {
      const [reader] = (await pdf.engine()).pageReaders!(PAGES_PER_THREAD * 3);
      if (!reader) return expect(availableParallelism()).toBe(1);
      try {
        const theirs = await reader.read(long, claimsAfter(PAGES_PER_THREAD * 3 - 2), PAGES_PER_THREAD * 3);
        expect(theirs.map((page) => page.number)).toEqual([PAGES_PER_THREAD * 3 - 1, PAGES_PER_THREAD * 3]);
      } finally {
        reader.close();
      }
    } finally {
      pdf.close();
    }
  });

  it('starts no thread early for a short file, nor for bytes that state no pages', async () => {
    const short = writeTestPdf({ lines: LINES, pages: 4 });
    expect(statedPages(short)).toBe(4);
    expect(statedPages(new TextEncoder().encode('not a PDF /Count x'))).toBe(0);
    const pdf = commandPdf(short);
    expect((await pdf.engine()).pageReaders!(4)).toEqual([]);
    pdf.close();
  });
});
