// Chinese text in a font a PDF does not embed needs pdf.js's standard character maps; they come
// from the pdfjs-dist package through the engine (read from disk here), never from the network.
import { describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../cli/pdf-engine';
import { extractPdfPages } from '../../shared/import/pdf/extract';
import { writeTestPdf } from './pdf-writer';

const text = (pages: Awaited<ReturnType<typeof extractPdfPages>>) =>
  pages.flatMap((page) => page.items.map((item) => item.text)).join('');

describe('character maps', () => {
  it('reads Chinese set in a font the PDF does not embed, with the maps the package ships', async () => {
    const bytes = writeTestPdf({ lines: ['Republic of Examplia'], chinese: ['负责任国家行为规范'] });
    const engine = await nodePdfEngine();
    const asked: string[] = [];
    const pages = await extractPdfPages(
      { ...engine, readCMap: (name) => (asked.push(name), engine.readCMap(name)) },
      bytes,
      undefined,
      () => {},
    );
    expect(text(pages)).toContain('负责任国家行为规范');
    expect(asked).toContain('UniGB-UCS2-H.bcmap');
  });
});
