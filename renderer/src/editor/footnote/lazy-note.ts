// A footnote's text, kept as stored JSON until its editor is first needed (the footnote is opened
// for writing, or code edits it): a section with dozens of footnotes opens, and types, without
// dozens of nested editors. Every version of the footnote node shares one LazyNote.
import type { LexicalEditor, LexicalEditorWithDispose, SerializedEditorState } from 'lexical';
import { emptyEditorState } from '../../../../shared/model/empty';
import { createNoteEditor, setNoteContent } from './note-editor';

// One note editor per section editor, used only to check stored footnote text as it is loaded
// (a footnote inside a footnote is refused then, as when every note had its editor at once).
const checkers = new WeakMap<LexicalEditor, LexicalEditorWithDispose>();

function checkNote(parent: LexicalEditor, content: SerializedEditorState): void {
  let checker = checkers.get(parent);
  if (!checker) {
    checker = parent.getEditorState().read(createNoteEditor, { editor: parent });
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
    const editor = this.parent.getEditorState().read(createNoteEditor, { editor: this.parent });
    setNoteContent(editor, this.content);
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
