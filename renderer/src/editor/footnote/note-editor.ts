// The small editor that holds one footnote's text: paragraphs, bold/italic/underline and links,
// never headings, lists or other footnotes. It is nested in the section editor (commands such as
// FOCUS and Ctrl+K bubble up to it) and rendered in the footnote list under the section body.
import { NestedEditorExtension, buildEditorFromExtensions } from '@lexical/extension';
import { ReactExtension } from '@lexical/react/ReactExtension';
import { ReactProviderExtension } from '@lexical/react/ReactProviderExtension';
import {
  $getEditor,
  configExtension,
  defineExtension,
  type LexicalEditor,
  type LexicalEditorWithDispose,
  type SerializedEditorState,
} from 'lexical';
import { InlineContentExtension } from '../inline-content';
import { ContentFitExtension, fitNotices } from '../limits/content-fit-extension';
import { pasteExtension } from '../paste/paste-extension';
import { SuggestingExtension, suggestingSessionOf } from '../review/suggesting-extension';
import { emptyEditorState } from '../../../../shared/model/empty';

export const NOTE_NAMESPACE = 'norms-drafter/footnote';

// A new footnote's text: one empty paragraph, the model's own empty editor state.
const EMPTY_NOTE = JSON.stringify(emptyEditorState());

const NoteEditorExtension = defineExtension({
  name: 'norms-drafter/footnote-text',
  namespace: NOTE_NAMESPACE,
  // Content is always set explicitly (setNoteContent), never by a deferred initial update.
  $initialEditorState: null,
  dependencies: [
    configExtension(NestedEditorExtension, { $getParentEditor: () => $getEditor() }),
    InlineContentExtension,
    pasteExtension('note'),
    ReactProviderExtension,
    configExtension(ReactExtension, { contentEditable: null }),
  ],
});

/**
 * A new, empty footnote text editor. Must be called inside the section editor's update: what
 * it changes to fit the limits is told in the section's notice.
 */
export function createNoteEditor(): LexicalEditorWithDispose {
  return buildEditorFromExtensions(
    NoteEditorExtension,
    configExtension(ContentFitExtension, { notices: fitNotices($getEditor()) }),
    // Suggesting in the section suggests in its footnotes too.
    configExtension(SuggestingExtension, { session: suggestingSessionOf($getEditor()) }),
  );
}

/** Replaces the note's content; an empty or missing state becomes one empty paragraph. */
export function setNoteContent(note: LexicalEditor, content: SerializedEditorState | undefined): void {
  const parsed = content ? note.parseEditorState(content) : null;
  note.setEditorState(parsed && !parsed.isEmpty() ? parsed : note.parseEditorState(EMPTY_NOTE));
}
