// Pasted or dropped HTML → editor nodes, through Lexical's DOM import pipeline with the
// sanitiser wrapped around it: the configured preprocessors (Word list detection, stylesheet
// inlining) run first, then sanitizePastedDom cleans the document, and only then are nodes made.
import { $generateNodesFromDOMViaExtension, contextValue, ImportSource } from '@lexical/html';
import type { LexicalNode } from 'lexical';
import { $normalizeImported, type PasteTarget } from './normalize';
import { sanitizePastedDom } from './sanitize';

export function $importHtml(html: string, target: PasteTarget): LexicalNode[] {
  const dom = new DOMParser().parseFromString(html, 'text/html');
  const nodes = $generateNodesFromDOMViaExtension(dom, {
    context: [contextValue(ImportSource, 'paste')],
    preprocess: [
      (document, _context, $next) => {
        $next();
        sanitizePastedDom(document);
      },
    ],
  });
  return $normalizeImported(nodes, target);
}
