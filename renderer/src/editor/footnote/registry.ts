// The footnotes of one section in document order, as an external store for React: the footnote
// list renders its entries. It is refreshed whenever a footnote node is created, changed, moved
// or destroyed (FootnoteExtension), and then writes each reference's number into the body's DOM
// itself (reference-dom.ts): a reference is plain DOM, not a React portal per footnote.
import { $getRoot, type LexicalEditor, type NodeKey } from 'lexical';
import { $eachNode } from '../each-node';
import type { LazyNote } from './lazy-note';
import { $isNoteHolder } from './note-holder';
import { showReferenceNumber, type ReferenceLabel } from './reference-dom';

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

/** How references are numbered: the section's first number, and their accessible name. */
export interface FootnoteNumbering {
  start: number;
  label: ReferenceLabel;
}

const registries = new WeakMap<LexicalEditor, FootnoteRegistry>();

/** The registry of a section editor (set by FootnoteExtension), for its references' DOM. */
export function registryOf(editor: LexicalEditor): FootnoteRegistry | undefined {
  return registries.get(editor);
}

export class FootnoteRegistry {
  private entries: readonly FootnoteEntry[] = [];
  private indexByKey = new Map<NodeKey, number>();
  private listeners = new Set<() => void>();
  private focusRequest: NodeKey | null = null;
  private editor: LexicalEditor | null = null;

  constructor(private numbering: FootnoteNumbering = { start: 1, label: (number) => `${number}` }) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getEntries = (): readonly FootnoteEntry[] => this.entries;

  readonly indexOf = (key: NodeKey): number => this.indexByKey.get(key) ?? -1;

  /** The number shown on a reference, or null while it is not in the document's order yet. */
  numberOf(key: NodeKey): number | null {
    const index = this.indexOf(key);
    return index < 0 ? null : this.numbering.start + index;
  }

  /** The accessible name of reference `number`. */
  readonly labelOf = (number: number): string => this.numbering.label(number);

  /** Ties the registry to its section editor (whose references it numbers). */
  attach(editor: LexicalEditor): () => void {
    this.editor = editor;
    registries.set(editor, this);
    return () => {
      if (registries.get(editor) === this) registries.delete(editor);
      if (this.editor === editor) this.editor = null;
    };
  }

  /** A new first number or interface language: every reference shows it at once. */
  setNumbering(numbering: FootnoteNumbering): void {
    if (numbering.start === this.numbering.start && numbering.label === this.numbering.label) return;
    const relabel = numbering.label !== this.numbering.label;
    this.numbering = numbering;
    this.showNumbers(relabel);
  }

  /** Re-reads the footnotes from the editor's committed state; notifies only on a real change. */
  refresh(editor: LexicalEditor): void {
    const next = editor.getEditorState().read($collectFootnotes, { editor });
    if (sameEntries(this.entries, next)) return;
    this.entries = next;
    this.indexByKey = new Map(next.map((entry, i) => [entry.key, i]));
    this.showNumbers();
    for (const listener of this.listeners) listener();
  }

  /** Writes each reference's number in the body (only those that differ are touched). */
  private showNumbers(relabel = false): void {
    const editor = this.editor;
    if (!editor) return;
    const { start } = this.numbering;
    this.entries.forEach((entry, i) =>
      showReferenceNumber(editor.getElementByKey(entry.key), start + i, this.labelOf, relabel),
    );
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
