// An inline footnote reference. It owns a nested editor with the footnote's text and serialises
// exactly as SerializedFootnote (shared/model/lexical-json.ts): { type: 'footnote', version: 1,
// note: { root } }. Its number is never stored; FootnoteReference derives it from document order.
import {
  $applyNodeReplacement,
  $getDocument,
  DecoratorNode,
  type LexicalEditorWithDispose,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedEditorState,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import { FootnoteReference } from './FootnoteReference';
import { FOOTNOTE_TYPE } from './note-holder';
import { createNoteEditor, setNoteContent } from './noteEditor';

export type SerializedFootnoteNode = Spread<{ note: SerializedEditorState }, SerializedLexicalNode>;

export class FootnoteNode extends DecoratorNode<JSX.Element> {
  __note: LexicalEditorWithDispose;

  override $config() {
    return this.config(FOOTNOTE_TYPE, { extends: DecoratorNode });
  }

  // Explicit clone so every version of the node shares the one nested editor.
  static override clone(node: FootnoteNode): FootnoteNode {
    return new FootnoteNode(node.__note, node.__key);
  }

  static override importJSON(json: SerializedFootnoteNode): FootnoteNode {
    return $applyNodeReplacement(new FootnoteNode()).updateFromJSON(json);
  }

  constructor(note?: LexicalEditorWithDispose, key?: NodeKey) {
    super(key);
    this.__note = note ?? createNoteEditor();
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFootnoteNode>): this {
    const node = super.updateFromJSON(json);
    setNoteContent(node.__note, json.note);
    return node;
  }

  override exportJSON(): SerializedFootnoteNode {
    return { ...super.exportJSON(), note: this.getNote().getEditorState().toJSON() };
  }

  getNote(): LexicalEditorWithDispose {
    return this.getLatest().__note;
  }

  override createDOM(): HTMLElement {
    const sup = $getDocument().createElement('sup');
    sup.className = 'nd-footnote-ref-host';
    return sup;
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

  override decorate(): JSX.Element {
    return <FootnoteReference nodeKey={this.__key} />;
  }
}

/** A new footnote with empty text (one empty paragraph), ready to be inserted. */
export function $createFootnoteNode(note?: SerializedEditorState): FootnoteNode {
  const node = $applyNodeReplacement(new FootnoteNode());
  setNoteContent(node.__note, note);
  return node;
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
