// Lists started as in Word: typing "- " or "* " at the start of an empty paragraph makes a
// bulleted list, "1. " a numbered one and "a. " a lettered one. Only typing does this (never a
// paste or an undo), and Ctrl+Z right after brings the typed characters back, as in Word.
import {
  $getNodeByKey,
  $isParagraphNode,
  $isRootNode,
  $isTextNode,
  defineExtension,
  type EditorState,
  type NodeKey,
} from 'lexical';
import { $toggleListKind, type ListKind } from './list-kinds';

const MARKERS: Record<string, ListKind> = { '- ': 'bullet', '* ': 'bullet', '1. ': 'number', 'a. ': 'lettered' };

/** The list kind a just-typed space asks for, when the paragraph holds nothing but its marker. */
function typedMarker(key: NodeKey, before: EditorState, after: EditorState): ListKind | null {
  return after.read(() => {
    const node = $getNodeByKey(key);
    if (!$isTextNode(node)) return null;
    const kind = MARKERS[node.getTextContent()];
    const paragraph = node.getParent();
    if (
      !kind ||
      !$isParagraphNode(paragraph) ||
      paragraph.getChildrenSize() !== 1 ||
      !$isRootNode(paragraph.getParent())
    )
      return null;
    const earlier = before.read(() => $getNodeByKey(key)?.getTextContent() ?? '');
    return `${earlier} ` === node.getTextContent() ? kind : null;
  });
}

export const ListAutoformatExtension = defineExtension({
  name: 'norms-drafter/list-autoformat',
  register: (editor) =>
    editor.registerUpdateListener(({ dirtyLeaves, prevEditorState, editorState, tags }) => {
      if (dirtyLeaves.size !== 1 || tags.has('paste') || tags.has('historic') || tags.has('collaboration')) return;
      const [key] = [...dirtyLeaves];
      const kind = key === undefined ? null : typedMarker(key, prevEditorState, editorState);
      if (!kind) return;
      editor.update(() => {
        const node = $getNodeByKey(key!);
        if (!$isTextNode(node)) return;
        const paragraph = node.getParent();
        node.remove();
        paragraph?.selectStart();
        $toggleListKind(kind);
      });
    }),
});
