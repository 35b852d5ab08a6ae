// Pasted or dropped HTML → editor nodes, through Lexical's DOM import pipeline with the
// sanitiser wrapped around it: the markup is neutralised for parsing (markup.ts), formatting
// styles are restored, the configured preprocessors run (Word list detection), then
// sanitizePastedDom cleans the document, and only then are nodes made.
import { $generateNodesFromDOMViaExtension, contextValue, ImportSource } from '@lexical/html';
import type { LexicalNode } from 'lexical';
import { $normalizeImported, type PasteTarget } from './normalize';
import { markWordDocument, neutraliseMarkup, restorePastedStyles } from './markup';
import { sanitizePastedDom } from './sanitize';

export function $importHtml(html: string, target: PasteTarget): LexicalNode[] {
  const dom = new DOMParser().parseFromString(neutraliseMarkup(html), 'text/html');
  const nodes = $generateNodesFromDOMViaExtension(dom, {
    context: [contextValue(ImportSource, 'paste')],
    preprocess: [
      (document, _context, $next) => {
        restorePastedStyles(document);
        if ('head' in document) markWordDocument(document);
        $next();
        sanitizePastedDom(document);
      },
    ],
  });
  return $normalizeImported(nodes, target);
}
