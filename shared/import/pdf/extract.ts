// Reading a PDF with pdf.js: per page, the text items with their positions and fonts, and the
// link annotations with web addresses. Only text is read (no rendering, no scripts, no forms):
// eval and XFA are off, font faces are not loaded, and nothing is fetched (character maps come
// from the host's engine; standard font files and WebAssembly decoders are never needed for text).
// Bounded: compressed streams measured before pdf.js sees the file (streams.ts), a page limit
// read before any page, limits on the items and the characters of text per page and in all, a
// time budget per page and for the whole file, and the caller's signal between pages. The loaded
// document is always destroyed.
import { ImportError, throwIfCancelled, type AbortSignalLike } from '../errors';
import type { PdfEngine, PdfJsPage, PdfJsTextItem } from './engine';
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

function linkAreas(annotations: readonly unknown[]): PdfLinkArea[] {
  const out: PdfLinkArea[] = [];
  for (const annotation of annotations) {
    const a = annotation as { subtype?: unknown; url?: unknown; rect?: unknown };
    if (a.subtype !== 'Link' || typeof a.url !== 'string' || !Array.isArray(a.rect) || a.rect.length !== 4) continue;
    const [x1, y1, x2, y2] = a.rect.map(Number) as [number, number, number, number];
    out.push({ url: a.url, x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) });
  }
  return out;
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

export async function extractPdfPages(
  engine: PdfEngine,
  bytes: Uint8Array,
  signal: AbortSignalLike | undefined,
  onProgress: (fraction: number) => void,
): Promise<PdfPageContent[]> {
  // Where pdf.js would fetch a file, it asks this; only character maps are answered.
  class BinaryData {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const data = kind === 'cMapUrl' ? await engine.readCMap(filename) : null;
      if (data === null) throw new Error(`${filename} is not available`);
      return data;
    }
  }
  await checkCompressedStreams(bytes, PDF_LIMITS.inflated, signal, engine.inflatedSize?.bind(engine));
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
  const pageBound = <T>(promise: Promise<T>) => within(engine, promise, PDF_LIMITS.pageMs, budget);
  try {
    const doc = await pageBound(task.promise).catch((error: unknown) => {
      throw failure(error);
    });
    if (doc.numPages > PDF_LIMITS.pages)
      throw new ImportError('pdf-too-many-pages', { pages: doc.numPages, limit: PDF_LIMITS.pages });
    const fonts = new Map<string, FontStyle>();
    const pages: PdfPageContent[] = [];
    let total = 0;
    let characters = 0;
    for (let number = 1; number <= doc.numPages; number++) {
      throwIfCancelled(signal);
      const page = await pageBound(doc.getPage(number)).catch((error: unknown) => {
        throw failure(error);
      });
      // pdf.js's own normalisation of every item costs a quarter of the reading; presentation
      // forms (ligatures such as "ﬁ", Arabic contextual forms) are normalised here instead.
      const content = await pageBound(page.getTextContent({ disableNormalization: true })).catch((error: unknown) => {
        throw failure(error);
      });
      const items = content.items.filter(isTextItem);
      total += items.length;
      if (items.length > PDF_LIMITS.itemsPerPage || total > PDF_LIMITS.items) throw new ImportError('pdf-too-complex');
      const onPage = items.reduce((sum, item) => sum + item.str.length, 0);
      characters += onPage;
      if (onPage > PDF_LIMITS.textPerPage || characters > PDF_LIMITS.text) throw new ImportError('pdf-too-complex');
      const unknown = [...new Set(items.map((item) => item.fontName))].filter((id) => !fonts.has(id));
      if (unknown.length > 0) {
        await pageBound(page.getOperatorList()).catch((error: unknown) => {
          if (error instanceof ImportError) throw error;
        });
        for (const id of unknown) fonts.set(id, await fontStyle(engine, page, id));
      }
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
      const annotations = await pageBound(page.getAnnotations()).catch((error: unknown) => {
        if (error instanceof ImportError) throw error;
        return [];
      });
      pages.push({
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
      });
      page.cleanup();
      onProgress(number / doc.numPages);
    }
    return pages;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
