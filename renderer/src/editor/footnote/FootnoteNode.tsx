// An inline footnote reference. It owns the footnote's text (a nested editor, built when first
// needed: lazy-note.ts) and serialises exactly as SerializedFootnote (shared/model/lexical-json.ts):
// { type: 'footnote', version: 1, note: { root } }. Its number is never stored: the registry
// derives it from document order and shows it on the reference's DOM (reference-dom.ts).
import {
  $applyNodeReplacement,
  $getDocument,
  $getEditor,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalEditorWithDispose,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedEditorState,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { LazyNote } from './lazy-note';
import { FOOTNOTE_TYPE } from './note-holder';
import { createReferenceDOM } from './reference-dom';
import { registryOf } from './registry';

export type SerializedFootnoteNode = Spread<{ note: SerializedEditorState }, SerializedLexicalNode>;

export class FootnoteNode extends DecoratorNode<null> {
  __note: LazyNote;

  override $config() {
    return this.config(FOOTNOTE_TYPE, { extends: DecoratorNode });
  }

  // Explicit clone so every version of the node shares the one note.
  static override clone(node: FootnoteNode): FootnoteNode {
    return new FootnoteNode(node.__note, node.__key);
  }

  static override importJSON(json: SerializedFootnoteNode): FootnoteNode {
    return $applyNodeReplacement(new FootnoteNode()).updateFromJSON(json);
  }

  constructor(note?: LazyNote, key?: NodeKey) {
    super(key);
    this.__note = note ?? new LazyNote($getEditor());
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFootnoteNode>): this {
    const node = super.updateFromJSON(json);
    node.__note.set(json.note);
    return node;
  }

  override exportJSON(): SerializedFootnoteNode {
    return { ...super.exportJSON(), note: this.getNoteContent() };
  }

  /** The footnote's text editor, built on first use. */
  getNote(): LexicalEditorWithDispose {
    return this.getLatest().__note.get();
  }

  /** The footnote's text as stored content, without building its editor. */
  getNoteContent(): SerializedEditorState {
    return this.getLatest().__note.toJSON();
  }

  /** The footnote's text, whether or not its editor exists yet. */
  getLazyNote(): LazyNote {
    return this.getLatest().__note;
  }

  // The number is known here when the DOM is made again for a footnote already in place; a new
  // footnote's is written by the registry as soon as it is numbered, in the same update.
  override createDOM(_config: EditorConfig, editor: LexicalEditor): HTMLElement {
    const registry = registryOf(editor);
    return createReferenceDOM($getDocument(), registry?.numberOf(this.__key) ?? null, registry?.labelOf ?? String);
  }

  // Copied as HTML, a reference stays the empty superscript it always was: its number belongs to
  // the document it is pasted into.
  override exportDOM(): DOMExportOutput {
    const sup = $getDocument().createElement('sup');
    sup.className = 'nd-footnote-ref-host';
    return { element: sup };
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  // The footnote's text belongs to the note, not to the sentence it is attached to.
  override getTextContent(): string {
    return '';
  }

  // Nothing for React to render: the reference is its DOM (createDOM).
  override decorate(): null {
    return null;
  }
}

/** A new footnote with empty text (one empty paragraph), ready to be inserted. */
export function $createFootnoteNode(note?: SerializedEditorState): FootnoteNode {
  const node = $applyNodeReplacement(new FootnoteNode());
  node.__note.set(note);
  return node;
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
