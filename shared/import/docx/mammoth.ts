// Runs mammoth on the checked, stored-only package: no embedded style map, no external file
// access, every image removed from the document before conversion (so none is ever read), Word's
// Title and quote styles mapped, underline kept, and lettered list paragraphs marked.
import { loadMammothXml, type MammothXml } from './mammoth-xml';
import { ImportError } from '../errors';
import { letteredMark } from '../html/to-ir';
import { listMarker } from './numbering';
import { DETAILS_LINE_CLASS, DETAILS_LINE_STYLES } from './styles';
import type { WarningLog } from '../warnings';
import { readXmlTree } from '../../ooxml/xml/reader';

/** The parts of mammoth's document model the transform touches (mammoth has no types for it). */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: { paragraphStyleId?: string | null } | null;
}

const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='title'] => h1.doc-title:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  ...DETAILS_LINE_STYLES.map((name) => `p[style-name='${name}'] => p.${DETAILS_LINE_CLASS}:fresh`),
  'u => u',
];

function markerRun(ordinal: number | null): MammothElement {
  // The same fields mammoth's own Run constructor sets, so its HTML writer treats it as plain text.
  return {
    type: 'run',
    children: [{ type: 'text', value: letteredMark(ordinal) } as MammothElement],
    styleId: null,
    styleName: null,
    isBold: false,
    isUnderline: false,
    isItalic: false,
    isStrikethrough: false,
    isAllCaps: false,
    isSmallCaps: false,
    verticalAlignment: 'baseline',
    font: null,
    fontSize: null,
    highlight: null,
  } as MammothElement;
}

export function documentTransform(
  letteredStyleIds: ReadonlySet<string>,
  log: WarningLog,
): (element: MammothElement) => MammothElement {
  const items = new ListItemCounter();
  const visit = (element: MammothElement): MammothElement => {
    if (!element.children) return element;
    const children: MammothElement[] = [];
    for (const child of element.children) {
      if (child.type === 'image') log.count('image-dropped');
      else children.push(visit(child));
    }
    const styleId = element.type === 'paragraph' ? element.numbering?.paragraphStyleId : undefined;
    const ordinal = styleId ? items.next(styleId) : null;
    if (styleId && letteredStyleIds.has(styleId)) children.unshift(markerRun(ordinal));
    return { ...element, children };
  };
  return visit;
}

/**
 * The number of each item of a lettered level that numbering.ts marked with its instance, so that
 * the list after an interrupting paragraph goes on (c. after b.); an item of a higher level of
 * the same instance starts the levels below it again, as Word does.
 */
class ListItemCounter {
  /** Items seen so far, per instance and level. */
  private readonly counts = new Map<string, Map<number, number>>();

  next(styleId: string): number | null {
    const marker = listMarker(styleId);
    if (!marker) return null;
    let levels = this.counts.get(marker.instance);
    if (!levels) this.counts.set(marker.instance, (levels = new Map()));
    for (const level of levels.keys()) if (level > marker.level) levels.delete(level);
    const seen = levels.get(marker.level) ?? 0;
    levels.set(marker.level, seen + 1);
    return marker.start + seen;
  }
}

/**
 * mammoth reads every XML part through its xml module's readString (a DOM built by xmldom, then
 * converted); that function is swapped for xml-reader.ts, which builds the same tree directly.
 */
function useFastXmlReader(xml: MammothXml): void {
  if ((xml.readString as { fast?: boolean }).fast) return;
  const factory = {
    element: (name: string, attributes: Record<string, string>, children: never[]) =>
      new xml.Element(name, attributes, children),
    text: xml.text,
  };
  const readString = (source: string, namespaces: Record<string, string> = {}) => {
    try {
      return Promise.resolve(readXmlTree(source, namespaces, factory));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  xml.readString = Object.assign(readString, { fast: true });
}

export async function docxToHtml(
  zip: Uint8Array,
  letteredStyleIds: ReadonlySet<string>,
  extraStyleMap: readonly string[],
  log: WarningLog,
): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  useFastXmlReader(await loadMammothXml());
  // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`; both see the same bytes.
  const input = { buffer: zip, arrayBuffer: zip.buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  try {
    const result = await mammoth.convertToHtml(input, {
      styleMap: [...STYLE_MAP, ...extraStyleMap],
      includeEmbeddedStyleMap: false,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      transformDocument: documentTransform(letteredStyleIds, log),
    });
    // Elements mammoth does not read (shapes, charts, form fields…) leave their content out.
    const ignored = result.messages.filter(
      (message) =>
        message.type === 'warning' &&
        /unrecognised element was ignored|w:sym element with an unsupported character/.test(message.message),
    );
    log.count('unsupported-content-ignored', ignored.length);
    return result.value;
  } catch (error) {
    // The converter's own words stay out of the message (they mean nothing to the user).
    const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : 'unknown error';
    throw new ImportError('docx-unreadable', { detail });
  }
}
