// A footnote's text, kept as stored JSON until its editor is first needed (the footnote is opened
// for writing, or code edits it): a section with dozens of footnotes opens, and types, without
// dozens of nested editors. Every version of the footnote node shares one LazyNote.
import type { LexicalEditor, LexicalEditorWithDispose, SerializedEditorState } from 'lexical';
import { emptyEditorState } from '../../../../shared/model/empty';
import { createNoteEditor, setNoteContent } from './note-editor';

// One note editor per section editor, used only to check stored footnote text as it is loaded
// (a footnote inside a footnote is refused then, as when every note had its editor at once).
const checkers = new WeakMap<LexicalEditor, LexicalEditorWithDispose>();

const buildNote = (parent: LexicalEditor) => parent.getEditorState().read(createNoteEditor, { editor: parent });

// A new footnote's editor, built ahead while the browser is idle (spareNotes): building one is
// the dearest part of inserting a footnote, whose caret must be in its text in the same frame.
const spares = new WeakMap<LexicalEditor, LexicalEditorWithDispose>();
const schedulers = new WeakMap<LexicalEditor, () => void>();

/**
 * Keeps an empty footnote editor ready for the next insertion in `parent`, built when the
 * browser is idle (again after each one is taken); the returned function stops and drops it.
 */
export function spareNotes(parent: LexicalEditor): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {};
  let request = 0;
  const prepare = () => {
    request = 0;
    if (spares.has(parent)) return;
    const spare = buildNote(parent);
    setNoteContent(spare, undefined);
    spares.set(parent, spare);
  };
  const schedule = () => {
    if (request === 0 && !spares.has(parent)) request = requestIdleCallback(prepare);
  };
  schedulers.set(parent, schedule);
  schedule();
  return () => {
    cancelIdleCallback(request);
    schedulers.delete(parent);
    spares.get(parent)?.dispose();
    spares.delete(parent);
  };
}

function takeSpare(parent: LexicalEditor): LexicalEditorWithDispose | null {
  const spare = spares.get(parent) ?? null;
  if (!spare) return null;
  spares.delete(parent);
  schedulers.get(parent)?.();
  return spare;
}

function checkNote(parent: LexicalEditor, content: SerializedEditorState): void {
  let checker = checkers.get(parent);
  if (!checker) {
    checker = buildNote(parent);
    checkers.set(parent, checker);
  }
  checker.parseEditorState(content);
}

export class LazyNote {
  private editor: LexicalEditorWithDispose | null = null;
  private content: SerializedEditorState | undefined;
  private readonly listeners = new Set<() => void>();

  /** `parent` is the section editor the footnote belongs to; bad content throws here. */
  constructor(
    private readonly parent: LexicalEditor,
    content?: SerializedEditorState,
  ) {
    this.set(content);
  }

  /** The note's editor if it has been built, else null (its text is only stored). */
  readonly built = (): LexicalEditorWithDispose | null => this.editor;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The note's editor, built (with the stored text) on first use. */
  get(): LexicalEditorWithDispose {
    if (this.editor) return this.editor;
    // A new footnote's empty text takes the editor built ahead, if there is one.
    const spare = this.content ? null : takeSpare(this.parent);
    const editor = spare ?? buildNote(this.parent);
    if (!spare) setNoteContent(editor, this.content);
    this.editor = editor;
    this.content = undefined;
    for (const listener of this.listeners) listener();
    return editor;
  }

  /** Replaces the text; an empty or missing state becomes one empty paragraph. */
  set(content: SerializedEditorState | undefined): void {
    if (this.editor) return setNoteContent(this.editor, content);
    const empty = !content || !Array.isArray(content.root?.children) || content.root.children.length === 0;
    if (!empty) checkNote(this.parent, content);
    this.content = empty ? undefined : content;
  }

  /** The text as stored content, read from the editor once it exists. */
  toJSON(): SerializedEditorState {
    return this.editor
      ? this.editor.getEditorState().toJSON()
      : (this.content ?? (emptyEditorState() as unknown as SerializedEditorState));
  }
}
