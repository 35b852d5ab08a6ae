// Limits on the shape of each XML part before mammoth builds a DOM of it: a small part can nest
// elements hundreds of thousands deep (the converter would run out of stack) or hold millions of
// tiny elements (and of memory). Word documents nest a few dozen levels and hold far fewer.
import { ImportError } from '../errors';

export const XML_LIMITS = { maxDepth: 256, maxElements: 1_000_000 } as const;

export function checkXmlShape(name: string, xml: string): void {
  let depth = 0;
  let elements = 0;
  let at = xml.indexOf('<');
  while (at >= 0) {
    const next = xml.charCodeAt(at + 1);
    const end = xml.indexOf('>', at + 1);
    if (end < 0) break;
    if (next === 0x2f /* / */) depth--;
    else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */) {
      elements++;
      if (xml.charCodeAt(end - 1) !== 0x2f) depth++;
      if (depth > XML_LIMITS.maxDepth) throw new ImportError('too-complex', { detail: `${name}: elements nested more than ${XML_LIMITS.maxDepth} levels deep` });
      if (elements > XML_LIMITS.maxElements) throw new ImportError('too-complex', { detail: `${name}: more than ${XML_LIMITS.maxElements} elements` });
    }
    at = xml.indexOf('<', end + 1);
  }
}
