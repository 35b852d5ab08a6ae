// A small, strict HTML reader for mammoth's output (well-formed, a handful of tags): it builds a
// tree of elements and text, decodes character references, skips comments and declarations, and
// stays bounded: nesting deeper than MAX_DEPTH is flattened, attributes per tag are capped, and
// anything that is not a tag is text. shared/ has no DOM, hence no DOMParser.
import { decodeEntities } from './entities';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const MAX_DEPTH = 64;
const MAX_ATTRIBUTES = 16;
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'wbr', 'area', 'source']);
const MAX_TAG_LENGTH = 16_384;
const TAG =
  /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>$/;
const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(source: string): Record<string, string> {
  // A null-prototype object: attribute names such as "__proto__" stay plain keys.
  const attrs = Object.create(null) as Record<string, string>;
  let count = 0;
  for (const match of source.matchAll(ATTRIBUTE)) {
    if (++count > MAX_ATTRIBUTES) break;
    const name = match[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/** `onFlatten` is told each time content deeper than MAX_DEPTH starts being flattened into its parent. */
export function parseHtml(html: string, onFlatten?: () => void): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: Object.create(null) as Record<string, string>, children: [] };
  const stack: HtmlElement[] = [root];
  let overflow = 0; // start tags ignored because the tree was already MAX_DEPTH deep
  let text = '';
  const flushText = () => {
    if (text) stack[stack.length - 1]!.children.push(decodeEntities(text));
    text = '';
  };

  let at = 0;
  let nextGt = -1;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      text += html.slice(at);
      break;
    }
    text += html.slice(at, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const end = html.indexOf('>', lt);
      at = end < 0 ? html.length : end + 1;
      continue;
    }
    // A tag ends at the next ">"; finding it once per ">" keeps the scan linear.
    if (nextGt < lt && nextGt !== -2) nextGt = html.indexOf('>', lt);
    if (nextGt === -1) nextGt = -2;
    const match = nextGt >= 0 && nextGt - lt <= MAX_TAG_LENGTH ? TAG.exec(html.slice(lt, nextGt + 1)) : null;
    if (!match) {
      text += '<';
      at = lt + 1;
      continue;
    }
    at = nextGt + 1;
    flushText();
    const tag = match[2]!.toLowerCase();
    if (match[1]) {
      if (overflow > 0) overflow--;
      else {
        const open = stack.map((element) => element.tag).lastIndexOf(tag);
        if (open > 0) stack.length = open;
      }
      continue;
    }
    const element: HtmlElement = { tag, attrs: parseAttributes(match[3] ?? ''), children: [] };
    const isVoid = VOID.has(tag) || match[4] === '/';
    if (!isVoid && stack.length > MAX_DEPTH) {
      if (overflow === 0) onFlatten?.();
      overflow++;
      continue;
    }
    stack[stack.length - 1]!.children.push(element);
    if (!isVoid) stack.push(element);
  }
  flushText();
  return root;
}
