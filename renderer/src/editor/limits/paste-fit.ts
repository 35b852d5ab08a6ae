// A paste (or drop) that would take the whole section past its stored-content limits is refused
// before anything is inserted: cutting it short would lose words without the user noticing.
// The section's footnote texts count too, so a footnote's editor measures its section editor.
import { $getEditor, $isElementNode, $isTextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { $isLinkNode } from '@lexical/link';
import { EDITOR_LIMITS } from '../../../../shared/model/editor-nodes';
import { contentUsage, type ContentUsage } from '../../../../shared/model/editor-usage';
import type { SerializedEditorState, SerializedNode } from '../../../../shared/model/lexical-json';
import { toStoredContent } from '../content';
import { $isNoteHolder } from '../footnote/note-holder';

function sectionEditor(editor: LexicalEditor): LexicalEditor {
  let top = editor;
  while (top._parentEditor) top = top._parentEditor;
  return top;
}

function fits(added: ContentUsage): boolean {
  const used = contentUsage(toStoredContent(sectionEditor($getEditor()).getEditorState().toJSON()));
  return used.nodes + added.nodes <= EDITOR_LIMITS.maxNodes && used.chars + added.chars <= EDITOR_LIMITS.maxTotalChars;
}

/** Nodes made from pasted HTML, not yet inserted. */
export function $pastedNodesFit(nodes: readonly LexicalNode[]): boolean {
  const added: ContentUsage = { nodes: 0, chars: 0 };
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    added.nodes += 1;
    if ($isTextNode(node)) added.chars += node.getTextContentSize();
    if ($isLinkNode(node)) added.chars += node.getURL().length;
    if ($isNoteHolder(node)) {
      const note = contentUsage(toStoredContent(node.getNoteContent()));
      added.nodes += note.nodes;
      added.chars += note.chars;
    }
    if ($isElementNode(node)) stack.push(...node.getChildren());
  }
  return fits(added);
}

/** Plain text: each line becomes a paragraph holding a run (and tabs become nodes of their own). */
export function $pastedTextFits(text: string): boolean {
  let breaks = 0;
  let tabs = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks += 1;
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', at + 1)) tabs += 1;
  return fits({ nodes: 2 * (breaks + 1) + tabs, chars: text.length - breaks - tabs });
}

/** Lexical's own clipboard format (copied inside the app): a list of serialised nodes. */
export function $pastedLexicalFits(json: string): boolean {
  let nodes: unknown;
  try {
    nodes = (JSON.parse(json) as { nodes?: unknown }).nodes;
  } catch {
    return true; // not ours: Lexical's own importer declines it
  }
  if (!Array.isArray(nodes)) return true;
  const wrapped = { root: { type: 'root', children: nodes as SerializedNode[] } } as SerializedEditorState;
  let added: ContentUsage;
  try {
    added = contentUsage(wrapped);
  } catch {
    return true; // malformed: Lexical's own importer refuses it
  }
  return fits({ nodes: added.nodes - 1, chars: added.chars });
}
