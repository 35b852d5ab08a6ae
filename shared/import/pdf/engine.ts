// The part of pdf.js the reader uses, as plain structural types, so `shared/` needs no pdf.js
// types and the host (the import worker, the CLI) hands in the build that suits it: pdf.js's own
// worker code run in-process, nothing fetched (see extract.ts).
import type { PdfPageContent } from './types';

export interface PdfJsTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export interface PdfJsPage {
  view: number[];
  getTextContent(options?: { disableNormalization?: boolean }): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { get(id: string, resolved: (data: unknown) => void, failed?: (reason: unknown) => void): unknown };
  cleanup(): unknown;
}

export interface PdfJsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
  /**
   * The annotations of these types (pdf.js's AnnotationType numbers) on every page but the
   * skipped ones (page indexes from 0), each with its `pageIndex`; null when the file has none.
   */
  getAnnotationsByType(types: Set<number>, pageIndexesToSkip: Set<number>): Promise<unknown[] | null>;
}

export interface PdfJsLoadingTask {
  promise: Promise<PdfJsDocument>;
  destroy(): Promise<void>;
}

export interface PdfJs {
  getDocument(params: Record<string, unknown>): PdfJsLoadingTask;
}

/** A page's content with its number (from 1), as a reader hands it back. */
export interface NumberedPage {
  number: number;
  content: PdfPageContent;
}

/** Another thread of the host reading pages of the same file (its own pdf.js there). */
export interface PdfPageReader {
  /**
   * Pages taken one at a time from the shared counter `claims` (page-claims.ts) until all `pages`
   * are taken, read as extractPdfPageShare reads them; its ImportError passes on.
   */
  read(bytes: Uint8Array, claims: SharedArrayBuffer, pages: number): Promise<NumberedPage[]>;
  /** Ends the thread; called whether or not the reading succeeded. */
  close(): void;
}

/** pdf.js as the host loaded it, with the character maps it ships (for fonts without Unicode tables). */
export interface PdfEngine {
  pdfjs: PdfJs;
  /** A packed character map by file name ("UniGB-UCS2-H.bcmap"), or null when there is none. */
  readCMap(name: string): Promise<Uint8Array | null>;
  /** Resolves after ms milliseconds (a host timer: shared code has none). */
  delay(ms: number): Promise<void>;
  /**
   * Bytes zlib data inflates to, counted up to `room` and a little past it, keeping nothing (the
   * compressed-stream check, streams.ts). Optional: without it the platform's DecompressionStream
   * serves, several times slower for a file's many small streams.
   */
  inflatedSize?(data: Uint8Array, room: number): Promise<number>;
  /**
   * Readers in other threads for a file of this many pages, when the host has cores to spare
   * and the file is long enough to repay starting them; none (or no method) reads in this thread.
   */
  pageReaders?(pages: number): PdfPageReader[];
}
