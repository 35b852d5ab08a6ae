// Keeps the content of a section editor, or of a footnote's text editor, within what storage
// accepts (shared/model/editor-nodes.ts): indentation stops at the limit, and the node
// transforms in fit-nodes.ts fit whatever an update made. What was changed goes to the notice log.
import { getPeerDependencyFromEditor } from '@lexical/extension';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $getEditor,
  COMMAND_PRIORITY_HIGH,
  defineExtension,
  INDENT_CONTENT_COMMAND,
  type LexicalEditor,
  mergeRegister,
  ParagraphNode,
  RootNode,
  safeCast,
  TextNode,
} from 'lexical';
import { $fitBlockIndent, $fitList, $fitListItem, $fitRoot, $fitTextRun, type Report } from './fit-nodes';
import { $selectionAtIndentCap } from './indent-cap';
import { FitNoticeLog, type FitNoticeKind } from './notices';

export const CONTENT_FIT_NAME = 'norms-drafter/content-fit';

export interface ContentFitConfig {
  /** Shared with the section's footnote editors; created when absent. */
  notices: FitNoticeLog | null;
}

export const ContentFitExtension = defineExtension({
  name: CONTENT_FIT_NAME,
  config: safeCast<ContentFitConfig>({ notices: null }),
  build: (_editor, config) => ({ notices: config.notices ?? new FitNoticeLog() }),
  register: (editor, _config, state) => {
    const { notices } = state.getOutput();
    const report: Report = (kind) => notices.report(kind);
    const unregister = [
      editor.registerCommand(
        INDENT_CONTENT_COMMAND,
        () => {
          if (!$selectionAtIndentCap()) return false;
          report('indentCap');
          return true;
        },
        // Ahead of rich text's and the list's own indentation.
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerNodeTransform(TextNode, (node) => $fitTextRun(node, report)),
      editor.registerNodeTransform(RootNode, (node) => $fitRoot(node, report)),
      editor.registerNodeTransform(ParagraphNode, $fitBlockIndent),
    ];
    // A footnote's text holds no headings, quotes or lists.
    if (editor.hasNodes([HeadingNode, QuoteNode])) {
      unregister.push(
        editor.registerNodeTransform(HeadingNode, $fitBlockIndent),
        editor.registerNodeTransform(QuoteNode, $fitBlockIndent),
      );
    }
    if (editor.hasNodes([ListNode, ListItemNode])) {
      unregister.push(
        editor.registerNodeTransform(ListItemNode, (node) => $fitListItem(node, report)),
        editor.registerNodeTransform(ListNode, (node) => $fitList(node, report)),
      );
    }
    return mergeRegister(...unregister);
  },
});

/** The notice log of an editor (a footnote's editor shares its section's). */
export function fitNotices(editor: LexicalEditor): FitNoticeLog | null {
  return getPeerDependencyFromEditor<typeof ContentFitExtension>(editor, CONTENT_FIT_NAME)?.output.notices ?? null;
}

/** Reports from inside an update of the editor (paste handlers). */
export function $reportFit(kind: FitNoticeKind): void {
  fitNotices($getEditor())?.report(kind);
}
