// Reading a PDF with pdf.js: per page, the text items with their positions and fonts, and the
// link annotations with web addresses. Only text is read (no rendering, no scripts, no forms):
// eval and XFA are off, font faces are not loaded, and nothing is fetched (character maps come
// from the host's engine; standard font files and WebAssembly decoders are never needed for text).
// Bounded: compressed streams measured before pdf.js sees the file (streams.ts), a page limit
// read before any page, limits on the items and the characters of text per page and in all, a
// time budget per page and for the whole file, and the caller's signal between pages. The loaded
// document is always destroyed.
import { ImportError, throwIfCancelled, type AbortSignalLike } from '../errors';
import type { NumberedPage, PdfEngine, PdfJsDocument, PdfJsPage, PdfJsTextItem, PdfPageReader } from './engine';
import { newPageClaims, ownPages, pageClaimer, type PageClaimer } from './page-claims';
import { checkCompressedStreams } from './streams';
import type { PdfLinkArea, PdfPageContent, PdfTextItem } from './types';

export const PDF_LIMITS = {
  pages: 1_000,
  itemsPerPage: 20_000,
  items: 600_000,
  /** Characters of text: a dense page holds about 6,000. */
  textPerPage: 200_000,
  text: 10_000_000,
  /** Bytes all FlateDecode streams may inflate to together (a 150-page submission: 3 MB). */
  inflated: 128 * 1024 * 1024,
  /** Milliseconds pdf.js may take for one page and for the whole file. */
  pageMs: 20_000,
  totalMs: 180_000,
} as const;

const FONT_WAIT_MS = 2_000;

interface FontStyle {
  bold: boolean;
  italic: boolean;
}

const BOLD = /bold|black|heavy|semibold|demi/i;
/** Ligatures and Arabic presentation forms, which fonts map to but text does not use. */
const PRESENTATION_FORMS = /[\ufb00-\ufdff\ufe70-\ufeff]+/g;

/** Text with ligatures and presentation forms as the letters they stand for ("ﬁ" -> "fi"). */
export function plainForms(text: string): string {
  return text.replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'));
}
const ITALIC = /italic|oblique/i;

function isTextItem(item: unknown): item is PdfJsTextItem {
  return typeof item === 'object' && item !== null && typeof (item as PdfJsTextItem).str === 'string';
}

/** A font's style from its real name, which pdf.js gives once the page's operators are read. */
async function fontStyle(engine: PdfEngine, page: PdfJsPage, id: string): Promise<FontStyle> {
  // A font pdf.js could not load never arrives: after a while its text is taken as regular.
  const font = await Promise.race([
    new Promise<unknown>((resolve) => {
      page.commonObjs.get(id, resolve, () => resolve(null));
    }),
    engine.delay(FONT_WAIT_MS).then(() => null),
  ]);
  const name = typeof font === 'object' && font !== null && 'name' in font ? String(font.name) : '';
  return { bold: BOLD.test(name), italic: ITALIC.test(name) };
}

/** pdf.js's numbers for link annotations and for the flags that keep one from being shown. */
const LINK_ANNOTATION = 2;
const NOT_SHOWN = 0x01 | 0x20; // Invisible, NoView

function linkAreas(annotations: readonly unknown[]): PdfLinkArea[] {
  const out: PdfLinkArea[] = [];
  for (const annotation of annotations) {
    const a = annotation as {
      subtype?: unknown;
      url?: unknown;
      rect?: unknown;
      annotationFlags?: unknown;
      quadPoints?: unknown;
    };
    if (a.subtype !== 'Link' || typeof a.url !== 'string' || !Array.isArray(a.rect) || a.rect.length !== 4) continue;
    // Those a viewer would not show (pdf.js's own test when it lists a page's annotations).
    if (a.quadPoints === null || (Number(a.annotationFlags) & NOT_SHOWN) !== 0) continue;
    const [x1, y1, x2, y2] = a.rect.map(Number) as [number, number, number, number];
    out.push({ url: a.url, x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) });
  }
  return out;
}

/**
 * The links of one page. Asked by type, not with page.getAnnotations(): for that, pdf.js reads
 * the page's text a second time to find the words under each link (for its viewer), which
 * doubled the reading of every page with a link; the text under a link is matched by position
 * from the page's own text instead (lines.ts).
 */
async function pageLinks(doc: PdfJsDocument, pageIndex: number): Promise<unknown[]> {
  const others = new Set<number>();
  for (let i = 0; i < doc.numPages; i++) if (i !== pageIndex) others.add(i);
  return (await doc.getAnnotationsByType(new Set([LINK_ANNOTATION]), others)) ?? [];
}

/** The promise, or 'pdf-too-complex' when pdf.js has not answered within `ms` (or the file's budget). */
function within<T>(engine: PdfEngine, promise: Promise<T>, ms: number, budget: Promise<never>): Promise<T> {
  const late = engine.delay(ms).then(() => {
    throw new ImportError('pdf-too-complex');
  });
  return Promise.race([promise, late, budget]);
}

function failure(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  return new ImportError(name === 'PasswordException' ? 'pdf-encrypted' : 'pdf-damaged');
}

/** The document open in pdf.js, with the budgets its reading runs under. */
interface OpenPdf {
  doc: PdfJsDocument;
  bound: <T>(promise: Promise<T>) => Promise<T>;
  budget: Promise<never>;
  close(): Promise<void>;
}

async function openPdf(engine: PdfEngine, bytes: Uint8Array): Promise<OpenPdf> {
  // Where pdf.js would fetch a file, it asks this; only character maps are answered.
  class BinaryData {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const data = kind === 'cMapUrl' ? await engine.readCMap(filename) : null;
      if (data === null) throw new Error(`${filename} is not available`);
      return data;
    }
  }
  const task = engine.pdfjs.getDocument({
    // pdf.js takes the buffer over; the caller's bytes stay as they were.
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    fontExtraProperties: true,
    stopAtErrors: false,
    verbosity: 0,
    cMapPacked: true,
    useWorkerFetch: false,
    BinaryDataFactory: BinaryData,
  });
  const budget = engine.delay(PDF_LIMITS.totalMs).then((): never => {
    throw new ImportError('pdf-too-complex');
  });
  budget.catch(() => undefined); // raced below; unobserved once the reading is done
  const bound = <T>(promise: Promise<T>) => within(engine, promise, PDF_LIMITS.pageMs, budget);
  const close = () => task.destroy().catch(() => undefined);
  try {
    const doc = await bound(task.promise).catch((error: unknown) => {
      throw failure(error);
    });
    return { doc, bound, budget, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Refuses more items or text in all than any submission holds (each reader checked its own share). */
function checkTotals(pages: readonly PdfPageContent[]): void {
  let items = 0;
  let characters = 0;
  for (const page of pages) {
    items += page.items.length;
    for (const item of page.items) characters += item.text.length;
  }
  if (items > PDF_LIMITS.items || characters > PDF_LIMITS.text) throw new ImportError('pdf-too-complex');
}

/** The pages this reader takes from `claims`, each checked against the per-page limits. */
async function readPages(
  engine: PdfEngine,
  { doc, bound }: OpenPdf,
  claims: Pick<PageClaimer, 'next'>,
  signal: AbortSignalLike | undefined,
  onPage: () => void,
): Promise<NumberedPage[]> {
  const fonts = new Map<string, FontStyle>();
  const pages: NumberedPage[] = [];
  const totals = { items: 0, characters: 0 };
  for (let number = claims.next(); number !== null; number = claims.next()) {
    throwIfCancelled(signal);
    const page = await bound(doc.getPage(number)).catch((error: unknown) => {
      throw failure(error);
    });
    // pdf.js's own normalisation of every item costs a quarter of the reading; presentation
    // forms (ligatures such as "ﬁ", Arabic contextual forms) are normalised here instead.
    const content = await bound(page.getTextContent({ disableNormalization: true })).catch((error: unknown) => {
      throw failure(error);
    });
    const items = content.items.filter(isTextItem);
    const characters = items.reduce((sum, item) => sum + item.str.length, 0);
    totals.items += items.length;
    totals.characters += characters;
    if (items.length > PDF_LIMITS.itemsPerPage || characters > PDF_LIMITS.textPerPage)
      throw new ImportError('pdf-too-complex');
    if (totals.items > PDF_LIMITS.items || totals.characters > PDF_LIMITS.text)
      throw new ImportError('pdf-too-complex');
    const unknown = [...new Set(items.map((item) => item.fontName))].filter((id) => !fonts.has(id));
    if (unknown.length > 0) {
      await bound(page.getOperatorList()).catch((error: unknown) => {
        if (error instanceof ImportError) throw error;
      });
      for (const id of unknown) fonts.set(id, await fontStyle(engine, page, id));
    }
    const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
    const annotations = await bound(pageLinks(doc, number - 1)).catch((error: unknown) => {
      if (error instanceof ImportError) throw error;
      return [];
    });
    const read: PdfPageContent = {
      width: x1 - x0,
      height: y1 - y0,
      items: items.map((item): PdfTextItem => {
        const [, , c = 0, d = 0, e = 0, f = 0] = item.transform;
        return {
          text: plainForms(item.str),
          x: e - x0,
          y: f - y0,
          width: item.width,
          size: Math.hypot(c, d),
          ...(fonts.get(item.fontName) ?? { bold: false, italic: false }),
        };
      }),
      links: linkAreas(annotations).map((l) => ({
        ...l,
        x1: l.x1 - x0,
        x2: l.x2 - x0,
        y1: l.y1 - y0,
        y2: l.y2 - y0,
      })),
    };
    pages.push({ number, content: read });
    page.cleanup();
    onPage();
  }
  return pages;
}

/** All pages in order, each read once by one of the readers, or the file is taken as damaged. */
function inOrder(read: NumberedPage[], count: number): PdfPageContent[] {
  read.sort((a, b) => a.number - b.number);
  if (read.length !== count || read.some((page, i) => page.number !== i + 1)) throw new ImportError('pdf-damaged');
  return read.map((page) => page.content);
}

export async function extractPdfPages(
  engine: PdfEngine,
  bytes: Uint8Array,
  signal: AbortSignalLike | undefined,
  onProgress: (fraction: number) => void,
): Promise<PdfPageContent[]> {
  await checkCompressedStreams(bytes, PDF_LIMITS.inflated, signal, engine.inflatedSize?.bind(engine));
  const open = await openPdf(engine, bytes);
  const helpers: PdfPageReader[] = [];
  try {
    const count = open.doc.numPages;
    if (count > PDF_LIMITS.pages)
      throw new ImportError('pdf-too-many-pages', { pages: count, limit: PDF_LIMITS.pages });
    const shared = newPageClaims();
    if (shared) helpers.push(...(engine.pageReaders?.(count) ?? []));
    const claims = shared && helpers.length > 0 ? pageClaimer(shared, count) : ownPages(count);
    // The other threads take pages as this one does, each bounded as this one is; a failure of
    // any is the import's failure, and this thread then takes no more pages.
    let failed = false;
    const others = Promise.all(helpers.map((helper) => helper.read(bytes, shared!, count)));
    others.catch(() => (failed = true)); // awaited below, after this thread's own pages
    const mine = { next: () => (failed ? null : claims.next()) };
    const own = await readPages(engine, open, mine, signal, () => onProgress(claims.taken() / count));
    const pages = inOrder([own, ...(await Promise.race([others, open.budget]))].flat(), count);
    checkTotals(pages);
    return pages;
  } finally {
    for (const helper of helpers) helper.close();
    await open.close();
  }
}

/**
 * The pages a host's other thread takes from the shared counter `claims` (PdfEngine.pageReaders),
 * read with the same limits; the file's streams were measured by the thread that opened it first.
 */
export async function extractPdfPageShare(
  engine: PdfEngine,
  bytes: Uint8Array,
  claims: SharedArrayBuffer,
  pages: number,
): Promise<NumberedPage[]> {
  const open = await openPdf(engine, bytes);
  try {
    const claimer = pageClaimer(claims, Math.min(pages, open.doc.numPages));
    return await readPages(engine, open, claimer, undefined, () => {});
  } finally {
    await open.close();
  }
}
