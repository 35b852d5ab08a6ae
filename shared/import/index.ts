// Importing an existing submission (DOCX, PDF, Markdown or plain text) onto a template.
//
//   importDocument(input: { name: string; bytes: Uint8Array }, options: ImportOptions)
//     : Promise<{ draft: Draft; report: ImportReport }>
//
// - The file's type comes from its bytes as well as its name (detect.ts); a file over 50 MB
//   (DOCX, PDF) or 20 MB (text, Markdown) is refused before parsing.
// - PDF: read with pdf.js, which the host hands in (options.pdf: in-process, nothing fetched),
//   at most 1,000 pages; paragraphs, lists, footnotes and links are rebuilt from the page
//   layout (pdf/layout.ts), and the report says so.
// - DOCX: the ZIP is checked and its XML parts inflated under limits (1,000 entries, 100 MB
//   inflated; no DTD, 128 levels, 100,000 elements and 25 MB of XML, checked while inflating)
//   before mammoth converts a rebuilt, stored-only copy; images are dropped, external files
//   never read, unsafe links reduced to their text.
// - Whatever is not kept as it was in the file (images, tables, nesting past the limits, unsafe
//   links, header text, unknown elements…) is listed in the report's warnings: nothing is
//   dropped silently.
// - Everything becomes one intermediate form (ir.ts), is split at recognised headings (the
//   title block, executive summary, approach or general section, the 11 norms in their real
//   forms) and placed onto the template (map/); content that fits nowhere goes to an "Unplaced
//   content" section (kind 'other') and is listed in the report, never dropped.
// - The template is chosen from the document (State non-paper or stakeholder contribution)
//   unless options.templateId names one.
// - Failures throw ImportError with a `code` (errors.ts): the UI words it with the `import`
//   namespace (`error.<code>`), the CLI prints its English message. Warnings in the report
//   are codes with parameters (`warning.<code>`).
// - onProgress receives 0..1; signal (an AbortSignal) is checked between steps and while
//   inflating, and ends the import with code 'cancelled' (a host that runs it in a web worker can
//   also terminate the worker). A failed or cancelled import returns nothing and changes nothing.
import type { Draft } from '../model/draft';
import type { Language } from '../model/languages';
import type { Translate } from '../templates/messages';
import type { Template } from '../templates/schema';
import { buildDraft } from './build-draft';
import { detectInput } from './detect';
import { docxToHtml } from './docx/mammoth';
import { openSafePackage } from './docx/package';
import type { ImportReviewSummary, TrackedChangesChoice } from './docx/tracked-changes';
import { ImportError, throwIfCancelled, type AbortSignalLike } from './errors';
import { htmlToIr } from './html/to-ir';
import type { IrDocument } from './ir';
import { markdownToIr } from './markdown/parse';
import type { PdfEngine } from './pdf/engine';
import { readPdf } from './pdf/read-pdf';
import type { ImportReport } from './report';
import { textToIr } from './text/parse';
import { WarningLog } from './warnings';

export interface ImportOptions {
  /** Use this template instead of the one the document suggests. */
  templateId?: string;
  templates: Template[];
  now: number;
  newId: () => string;
  /** Template texts in the document's language (headings, boilerplate); English otherwise. */
  translate?: Translate;
  /** Template texts for the language found in the document (takes precedence over `translate`). */
  translateFor?: (language: Language) => Translate;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignalLike;
  /** A Word file's tracked changes: taken (the default, as Word's "Accept all") or left ("Reject all"). */
  trackedChanges?: TrackedChangesChoice;
  /** pdf.js as the host provides it; without it a PDF is refused ('pdf-unavailable'). */
  pdf?: () => Promise<PdfEngine>;
}

export interface ImportResult {
  draft: Draft;
  report: ImportReport;
}

export async function importDocument(
  input: { name: string; bytes: Uint8Array },
  options: ImportOptions,
): Promise<ImportResult> {
  const { onProgress, signal } = options;
  const log = new WarningLog();
  throwIfCancelled(signal);
  onProgress?.(0);
  const detected = detectInput(input.name, input.bytes, log);
  onProgress?.(0.05);

  let doc: IrDocument;
  let review: ImportReviewSummary | null = null;
  if (detected.format === 'docx') {
    const safe = await openSafePackage(
      detected.bytes,
      log,
      signal,
      undefined,
      (f) => onProgress?.(0.05 + 0.35 * f),
      options.trackedChanges,
    );
    review = safe.review;
    throwIfCancelled(signal);
    const html = await docxToHtml(safe.zip, safe.letteredStyleIds, safe.styleMap, log);
    throwIfCancelled(signal);
    onProgress?.(0.75);
    doc = htmlToIr(html, log);
  } else if (detected.format === 'pdf') {
    if (!options.pdf) throw new ImportError('pdf-unavailable');
    const engine = await options.pdf();
    doc = await readPdf(engine, detected.bytes, log, signal, (f) => onProgress?.(0.05 + 0.75 * f));
  } else {
    doc = detected.format === 'markdown' ? markdownToIr(detected.text, log) : textToIr(detected.text, log);
  }
  onProgress?.(0.85);
  throwIfCancelled(signal);
  const result = buildDraft(doc, detected.format, options, log);
  onProgress?.(1);
  return review ? { ...result, report: { ...result.report, review } } : result;
}

export { ImportError, IMPORT_ERROR_CODES, isImportError, type ImportErrorCode, type AbortSignalLike } from './errors';
export { IMPORT_WARNING_CODES, type ImportWarning, type ImportWarningCode } from './warnings';
export { SIZE_LIMITS } from './detect';
export type { ImportFormat, ImportReport, PlacedSectionReport, UnplacedBlockReport } from './report';
export type { ImportedComment, ImportReviewSummary, TrackedChangesChoice } from './docx/tracked-changes';
export type { UnplacedReason } from './map/place';
export type { PdfEngine, PdfJs } from './pdf/engine';
export { PDF_LIMITS } from './pdf/extract';
