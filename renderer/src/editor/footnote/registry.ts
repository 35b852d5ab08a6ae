// The footnotes of one section in document order, as an external store for React: the
// references read their index from it, the footnote list renders its entries. It is refreshed
// whenever a footnote node is created, changed, moved or destroyed (FootnoteExtension).
import { $getRoot, type LexicalEditor, type NodeKey } from 'lexical';
import { $eachNode } from '../each-node';
import type { LazyNote } from './lazy-note';
import { $isNoteHolder } from './note-holder';

export interface FootnoteEntry {
  readonly key: NodeKey;
  /** The footnote's text; its editor is built when the footnote is opened for writing. */
  readonly note: LazyNote;
}

/** Footnotes in document order; call inside a read or update of the section editor. */
export function $collectFootnotes(): FootnoteEntry[] {
  const found: FootnoteEntry[] = [];
  $eachNode($getRoot(), (node) => {
    if ($isNoteHolder(node)) found.push({ key: node.getKey(), note: node.getLazyNote() });
  });
  return found;
}

function sameEntries(a: readonly FootnoteEntry[], b: readonly FootnoteEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.key === b[i]?.key && entry.note === b[i]?.note);
}

export class FootnoteRegistry {
  private entries: readonly FootnoteEntry[] = [];
  private indexByKey = new Map<NodeKey, number>();
  private listeners = new Set<() => void>();
  private focusRequest: NodeKey | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getEntries = (): readonly FootnoteEntry[] => this.entries;

  readonly indexOf = (key: NodeKey): number => this.indexByKey.get(key) ?? -1;

  /** Re-reads the footnotes from the editor's committed state; notifies only on a real change. */
  refresh(editor: LexicalEditor): void {
    const next = editor.getEditorState().read($collectFootnotes, { editor });
    if (sameEntries(this.entries, next)) return;
    this.entries = next;
    this.indexByKey = new Map(next.map((entry, i) => [entry.key, i]));
    for (const listener of this.listeners) listener();
  }

  /** Asks the footnote list to put the caret in this footnote's text once it is shown. */
  requestFocus(key: NodeKey): void {
    this.focusRequest = key;
  }

  takeFocusRequest(key: NodeKey): boolean {
    if (this.focusRequest !== key) return false;
    this.focusRequest = null;
    return true;
  }

  /** Puts the caret in a footnote's text, building its editor first if it has none yet. */
  focusNote(key: NodeKey): void {
    const note = this.entries.find((entry) => entry.key === key)?.note;
    if (!note) return;
    const built = note.built();
    if (built?.getRootElement()) return built.focus();
    // Shown by the footnote list once built, which then takes this request.
    this.requestFocus(key);
    note.get();
  }
}
