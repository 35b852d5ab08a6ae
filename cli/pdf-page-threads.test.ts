// The command line reads a long PDF's later pages in worker threads, one per spare core: the
// thread (run here from the sources) reads its pages as the command's own thread would.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { extractPdfPageRange } from '../shared/import/pdf/extract';
import { writeTestPdf } from '../test/import/pdf-writer';
import { nodePdfEngine } from './pdf-engine';
import { PAGES_PER_THREAD, pageThreads } from './pdf-page-threads';

const LINES = ['Republic of Examplia', '', 'Norm 7 (13g) Protect critical infrastructure'];

describe('PDF page threads', () => {
  it('starts no thread for a short file, nor more than the spare cores', () => {
    expect(pageThreads(PAGES_PER_THREAD)).toEqual([]);
    const readers = pageThreads(PAGES_PER_THREAD * 10);
    expect(readers.length).toBe(Math.min(availableParallelism() - 1, 3));
    for (const reader of readers) reader.close();
  });

  // A thread run from the sources compiles them with tsx first: seconds on a busy machine.
  it('reads its share of the pages in another thread, as this thread reads them', { timeout: 60_000 }, async () => {
    const [reader] = pageThreads(PAGES_PER_THREAD * 10);
    if (!reader) return expect(availableParallelism()).toBe(1);
    try {
      const bytes = writeTestPdf({ lines: LINES, pages: 5 });
      const theirs = await reader.read(bytes, 3, 5);
      expect(theirs).toEqual(await extractPdfPageRange(await nodePdfEngine(), bytes, 3, 5));
      expect(theirs.map((page) => page.items.map((item) => item.text).join(''))).toEqual(Array(3).fill(LINES.join('')));
    } finally {
      reader.close();
    }
  });
});
