// Routes every HTML paste and drop through $importHtml. When nothing usable is left (an image
// alone, say), the handler declines so the plain-text version of the clipboard is used instead;
// it never falls back to Lexical's unsanitised HTML importer. Whatever the format, a paste that
// would not fit in the section is refused with a notice (limits/paste-fit.ts).
import { ClipboardImportExtension, $insertGeneratedNodes } from '@lexical/clipboard';
import { $getEditor, configExtension, defineExtension } from 'lexical';
import { $reportFit } from '../limits/content-fit-extension';
import { $pastedLexicalFits, $pastedNodesFit, $pastedTextFits } from '../limits/paste-fit';
import { $importHtml } from './import-html';
import type { PasteTarget } from './normalize';

/** Handled: nothing is inserted, and the user is told why. */
function refused(): true {
  $reportFit('pasteRefused');
  return true;
}

export function pasteExtension(target: PasteTarget) {
  return defineExtension({
    name: `norms-drafter/paste-${target}`,
    dependencies: [
      configExtension(ClipboardImportExtension, {
        $importMimeType: {
          'text/html': [
            (html, selection) => {
              const nodes = $importHtml(html, target);
              if (nodes.length === 0) return false;
              if (!$pastedNodesFit(nodes)) return refused();
              $insertGeneratedNodes($getEditor(), nodes, selection);
              return true;
            },
          ],
          'text/plain': [(text, _selection, $next) => ($pastedTextFits(text) ? $next() : refused())],
          'text/uri-list': [(text, _selection, $next) => ($pastedTextFits(text) ? $next() : refused())],
          'application/x-lexical-editor': [
            (json, _selection, $next) => ($pastedLexicalFits(json) ? $next() : refused()),
          ],
        },
      }),
    ],
  });
}
