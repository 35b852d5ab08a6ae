// Footnotes in the section editor: the node, the insert command and the registry that keeps
// their document order (and so their numbers) current after every change.
import {
  $addUpdateTag,
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  defineExtension,
  mergeRegister,
  safeCast,
  SKIP_DOM_SELECTION_TAG,
} from 'lexical';
import { INSERT_FOOTNOTE_COMMAND } from './commands';
import { $createFootnoteNode, FootnoteNode } from './FootnoteNode';
import { spareNotes } from './lazy-note';
import { registerReferenceClicks } from './reference-dom';
import { FootnoteRegistry } from './registry';

export interface FootnoteConfig {
  /** Supplied by the component so React can read it outside the editor; created when absent. */
  registry: FootnoteRegistry | null;
}

/** Inserts a new footnote reference where Word would: at the caret, or after the selection. */
export function $insertFootnote(): FootnoteNode {
  const node = $createFootnoteNode();
  const selection = $getSelection();
  if ($isNodeSelection(selection) && selection.getNodes().length > 0) {
    selection.getNodes()[selection.getNodes().length - 1]?.insertAfter(node);
    node.selectNext(0, 0);
    return node;
  }
  if (!$isRangeSelection(selection)) {
    $getRoot().selectEnd().insertNodes([node]);
    return node;
  }
  if (!selection.isCollapsed()) {
    const end = selection.isBackward() ? selection.anchor : selection.focus;
    selection.anchor.set(end.key, end.offset, end.type);
    selection.focus.set(end.key, end.offset, end.type);
  }
  selection.insertNodes([node]);
  return node;
}

export const FootnoteExtension = defineExtension({
  name: 'norms-drafter/footnotes',
  nodes: () => [FootnoteNode],
  config: safeCast<FootnoteConfig>({ registry: null }),
  build: (_editor, config) => ({ registry: config.registry ?? new FootnoteRegistry() }),
  register: (editor, _config, state) => {
    const { registry } = state.getOutput();
    // A new footnote's editor is kept ready while the section is shown for writing.
    let stopSpares: (() => void) | null = null;
    const followSpares = () => {
      const wanted = editor.getRootElement() !== null && editor.isEditable();
      if (wanted && !stopSpares) stopSpares = spareNotes(editor);
      if (!wanted && stopSpares) {
        stopSpares();
        stopSpares = null;
      }
    };
    return mergeRegister(
      registry.attach(editor),
      editor.registerRootListener(followSpares),
      editor.registerEditableListener(followSpares),
      () => stopSpares?.(),
      registerReferenceClicks(editor, registry),
      editor.registerCommand(
        INSERT_FOOTNOTE_COMMAND,
        () => {
          const footnote = $insertFootnote();
          // The caret goes into the footnote's text, not after its reference: placing it there
          // too would lay out the section's body once more in this keystroke.
          $addUpdateTag(SKIP_DOM_SELECTION_TAG);
          registry.requestFocus(footnote.getKey());
          // The caret goes into its text at once: its editor is needed now.
          footnote.getNote();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // Any creation, change (a move makes the node dirty) or removal renumbers.
      editor.registerMutationListener(FootnoteNode, () => registry.refresh(editor), { skipInitialization: false }),
    );
  },
});
