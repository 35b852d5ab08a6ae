// A suggested insertion or deletion wrapping the words it concerns, stored exactly as
// SerializedSuggestion ({ type: 'suggestion', kind, suggestionId, children }). Shown as Word shows
// tracked changes: an insertion underlined, a deletion struck through, in its author's colour.
import {
  $applyNodeReplacement,
  $getDocument,
  type EditorConfig,
  type LexicalEditor,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { authorClass, describeSuggestion } from './review-authors';
import { InlineWrapperNode } from './inline-wrapper-node';
import './review.css';

export type SuggestionKind = 'insert' | 'delete';
export type SerializedSuggestionNode = Spread<{ kind: SuggestionKind; suggestionId: string }, SerializedElementNode>;

export class SuggestionNode extends InlineWrapperNode {
  __kind: SuggestionKind = 'insert';
  __suggestionId = '';

  override $config() {
    return this.config('suggestion', { extends: InlineWrapperNode });
  }

  static override clone(node: SuggestionNode): SuggestionNode {
    const copy = new SuggestionNode(node.__key);
    copy.__kind = node.__kind;
    copy.__suggestionId = node.__suggestionId;
    return copy;
  }

  static override importJSON(json: SerializedSuggestionNode): SuggestionNode {
    return $applyNodeReplacement(new SuggestionNode()).updateFromJSON(json);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedSuggestionNode>): this {
    const node = super.updateFromJSON(json).getWritable();
    node.__kind = json.kind;
    node.__suggestionId = json.suggestionId;
    return node;
  }

  override exportJSON(): SerializedSuggestionNode {
    const latest = this.getLatest();
    return { ...super.exportJSON(), kind: latest.__kind, suggestionId: latest.__suggestionId };
  }

  getKind(): SuggestionKind {
    return this.getLatest().__kind;
  }

  getSuggestionId(): string {
    return this.getLatest().__suggestionId;
  }

  override createDOM(_config: EditorConfig, editor: LexicalEditor): HTMLElement {
    const element = $getDocument().createElement(this.__kind === 'insert' ? 'ins' : 'del');
    element.dataset.suggestion = this.__suggestionId;
    paintSuggestion(element, editor);
    return element;
  }

  override updateDOM(previous: SuggestionNode): boolean {
    return previous.__kind !== this.__kind || previous.__suggestionId !== this.__suggestionId;
  }
}

/**
 * Gives a suggestion's element its author's colour and its description; called again by the
 * editor's owner when it learns who wrote which suggestion after the text was shown.
 */
export function paintSuggestion(element: HTMLElement, editor: LexicalEditor): void {
  const id = element.dataset.suggestion ?? '';
  const kind: SuggestionKind = element.localName === 'del' ? 'delete' : 'insert';
  element.className = `nd-suggestion nd-suggestion-${kind} ${authorClass(editor, id)}`;
  const description = describeSuggestion(editor, id, kind);
  if (description !== '') element.title = description;
}

export function $createSuggestionNode(kind: SuggestionKind, suggestionId: string): SuggestionNode {
  const node = $applyNodeReplacement(new SuggestionNode());
  node.__kind = kind;
  node.__suggestionId = suggestionId;
  return node;
}

export const $isSuggestionNode = (node: unknown): node is SuggestionNode => node instanceof SuggestionNode;
