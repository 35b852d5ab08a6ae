// Routes every HTML paste and drop through $importHtml. When nothing usable is left (an image
// alone, say), the handler declines so the plain-text version of the clipboard is used instead;
// it never falls back to Lexical's unsanitised HTML importer.
import { ClipboardImportExtension, $insertGeneratedNodes } from '@lexical/clipboard';
import { $getEditor, configExtension, defineExtension } from 'lexical';
import { $importHtml } from './importHtml';
import type { PasteTarget } from './normalize';

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
              $insertGeneratedNodes($getEditor(), nodes, selection);
              return true;
            },
          ],
        },
      }),
    ],
  });
}
