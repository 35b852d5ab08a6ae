// Pasted HTML is parsed by the browser into an inert document, but the page's strict
// Content-Security-Policy still judges every style attribute, <style> element and on* handler
// it meets while parsing: it refuses them (so bold set by style="font-weight:700" is lost) and
// reports each one as an error. So, before parsing, style attributes are renamed to a data
// attribute, <style> elements renamed to an unknown element, and handlers dropped; after
// parsing, restorePastedStyles copies the few useful declarations back through the CSSOM,
// which the policy allows.
import { getStyleObjectFromCSS } from 'lexical';

export const KEPT_STYLES: ReadonlySet<string> = new Set([
  'font-weight',
  'font-style',
  'text-decoration',
  'text-decoration-line',
  'vertical-align',
  'list-style-type',
]);

const PARKED_STYLE = 'data-nd-style';
/** Where Lexical's Word list importer reads the mso-list declaration (@lexical/list 0.52). */
const WORD_LIST_ATTRIBUTE = 'data-mso-list';

const TAG_START = /<(\/?)([A-Za-z][^\s/>]*)/y;
const TAG_END = /[\s/]*>/y;
const ATTRIBUTE = /([\s/]*)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/y;
const COMMENT_START = '<!--';

function rewriteTag(html: string, start: number, out: string[]): number {
  TAG_START.lastIndex = start;
  const tag = TAG_START.exec(html);
  if (!tag) {
    out.push('<');
    return start + 1;
  }
  const [, slash = '', name = ''] = tag;
  out.push(`<${slash}${name.toLowerCase() === 'style' ? 'nd-style' : name}`);
  let at = TAG_START.lastIndex;
  while (at < html.length) {
    TAG_END.lastIndex = at;
    const end = TAG_END.exec(html);
    if (end) {
      out.push(end[0]);
      return TAG_END.lastIndex;
    }
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(html);
    if (!attribute) {
      out.push(html.charAt(at));
      at += 1;
      continue;
    }
    const [, space = '', attributeName = '', value = ''] = attribute;
    const lower = attributeName.toLowerCase();
    if (lower === 'style') out.push(`${space}${PARKED_STYLE}${value}`);
    else if (!lower.startsWith('on')) out.push(attribute[0]);
    at = ATTRIBUTE.lastIndex;
  }
  return at;
}

/** Rewrites markup so that parsing it triggers no Content-Security-Policy check. */
export function neutraliseMarkup(html: string): string {
  const out: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      out.push(html.slice(at));
      break;
    }
    out.push(html.slice(at, open));
    if (html.startsWith(COMMENT_START, open)) {
      const close = html.indexOf('-->', open + COMMENT_START.length);
      at = close < 0 ? html.length : close + 3;
      continue; // comments carry nothing worth keeping (Word hides VML and settings in them)
    }
    at = rewriteTag(html, open, out);
  }
  return out.join('');
}

/** Puts the formatting declarations back as real styles, and Word's list marks where Lexical reads them. */
export function restorePastedStyles(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll<HTMLElement>(`[${PARKED_STYLE}]`))) {
    const declarations = getStyleObjectFromCSS(element.getAttribute(PARKED_STYLE) ?? '');
    element.removeAttribute(PARKED_STYLE);
    for (const [property, value] of Object.entries(declarations)) {
      if (property === 'mso-list') element.setAttribute(WORD_LIST_ATTRIBUTE, value);
      else if (KEPT_STYLES.has(property)) element.style.setProperty(property, value);
    }
  }
}

/**
 * Lexical's Word list importer looks only for <meta name="Generator" content="Microsoft Word…">;
 * some Office clipboards carry just the ProgId or the mso-list marks, so those get the meta too.
 * Call after restorePastedStyles (which writes the marks).
 */
export function markWordDocument(dom: Document): void {
  if (dom.querySelector('meta[name="Generator"]')) return;
  const fromWord =
    dom.querySelector('meta[name="ProgId" i][content^="Word." i]') !== null ||
    dom.querySelector(`p[${WORD_LIST_ATTRIBUTE}]`) !== null;
  if (!fromWord) return;
  const meta = dom.createElement('meta');
  meta.setAttribute('name', 'Generator');
  meta.setAttribute('content', 'Microsoft Word');
  dom.head.append(meta);
}
