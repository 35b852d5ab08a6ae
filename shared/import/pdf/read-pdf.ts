// A PDF -> the intermediate form: the text read with pdf.js (extract.ts), then the layout
// analysis (layout.ts). A PDF without any text (scanned pages) is refused with its own message.
import { ImportError, throwIfCancelled, type AbortSignalLike } from '../errors';
import type { IrDocument } from '../ir';
import type { WarningLog } from '../warnings';
import type { PdfEngine } from './engine';
import { extractPdfPages } from './extract';
import { analysePdfLayout } from './layout';

export async function readPdf(
  engine: PdfEngine,
  bytes: Uint8Array,
  log: WarningLog,
  signal: AbortSignalLike | undefined,
  onProgress: (fraction: number) => void,
): Promise<IrDocument> {
  const pages = await extractPdfPages(engine, bytes, signal, onProgress);
  throwIfCancelled(signal);
  if (!pages.some((page) => page.items.some((item) => item.text.trim() !== ''))) throw new ImportError('pdf-no-text');
  const doc = analysePdfLayout(pages, log);
  log.add('pdf-layout-rebuilt');
  return doc;
}
