// "Suggest changes" in an editor (the section's or a footnote's): while the session is on, typing,
// paragraph breaks, pasting, cutting and deleting are recorded as suggestions (suggest-edits.ts);
// suggested paragraph breaks are shown whether it is on or off (break-marks.ts). Nothing is
// listened to while it is off, so ordinary typing does no extra work. A footnote's editor shares
// its section editor's session (note-editor.ts).
import { copyToClipboard } from '@lexical/clipboard';
import { getExtensionDependencyFromEditor } from '@lexical/extension';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  COMPOSITION_START_COMMAND,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  createCommand,
  CUT_COMMAND,
  defineExtension,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  type LexicalEditor,
  mergeRegister,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  safeCast,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
} from 'lexical';
import { $reportFit } from '../limits/content-fit-extension';
import { $pastedTextFits } from '../limits/paste-fit';
import {
  $markComposed,
  $markInsertedBreaks,
  $suggestBreak,
  $suggestDelete,
  $suggestDeleteSelection,
  $suggestText,
  $wrapAsInsertion,
} from './suggest-edits';
import { $breakMarks, $textBlockOf, registerBreakMarks } from './break-marks';
import { setSuggestionAuthors, setSuggestionDescriptions } from './review-authors';
import { SuggestingSession, type SuggestionSource } from './suggesting-session';
import { $isSuggestionNode } from './suggestion-node';

/** Turns the mode on or off (Ctrl+Shift+E, as in Word); the session's owner decides. */
export const TOGGLE_SUGGESTING_COMMAND = createCommand<KeyboardEvent>('TOGGLE_SUGGESTING_COMMAND');

export interface SuggestingConfig {
  /** The draft screen's session; a new one (off) when absent. */
  session: SuggestingSession | null;
}

function typedText(event: InputEvent): string | null {
  if (event.isComposing) return null;
  if (event.inputType === 'insertText') return event.data;
  if (event.inputType === 'insertReplacementText')
    return event.data ?? event.dataTransfer?.getData('text/plain') ?? null;
  return null;
}

/** Pasted plain text (no richer format on the clipboard), as typed text line by line. */
function $pastePlainText(data: DataTransfer, source: SuggestionSource): boolean {
  if (data.types.some((type) => type === 'text/html' || type === 'application/x-lexical-editor')) return false;
  const text = data.getData('text/plain');
  if (text === '') return false;
  if (!$pastedTextFits(text)) {
    $reportFit('pasteRefused');
    return true;
  }
  text.split(/\r?\n/).forEach((line, index) => {
    if (index > 0) $suggestBreak(source);
    if (line !== '') $suggestText(line, source);
  });
  return true;
}

function registerRecording(editor: LexicalEditor, source: SuggestionSource): () => void {
  // Typing is taken before Lexical's own handling, which would otherwise let the browser insert it.
  const onBeforeInput = (event: Event) => {
    // The commit of an input method's composition: its text is already in; marked at compositionend.
    if (composing || editor.isComposing()) return;
    const text = typedText(event as InputEvent);
    if (text === null || text === '') return;
    event.preventDefault();
    event.stopPropagation();
    editor.update(() => {
      $suggestText(text, source);
    });
  };
  // An input method's text is left to the browser and Lexical while it is composed (taking it
  // earlier would break the composition); once composed, it is marked as an insertion.
  let composing = false;
  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = (event: Event) => {
    const text = (event as CompositionEvent).data;
    setTimeout(() => {
      composing = false;
      if (text) editor.update(() => void $markComposed(text, source));
    }, 0);
  };
  let root: HTMLElement | null = null;
  const unregisterRoot = editor.registerRootListener((next, previous) => {
    previous?.removeEventListener('beforeinput', onBeforeInput, true);
    previous?.removeEventListener('compositionstart', onCompositionStart);
    previous?.removeEventListener('compositionend', onCompositionEnd);
    next?.addEventListener('beforeinput', onBeforeInput, true);
    next?.addEventListener('compositionstart', onCompositionStart);
    next?.addEventListener('compositionend', onCompositionEnd);
    root = next;
  });
  const deleting = (unit: 'character' | 'word' | 'lineboundary') => (backward: boolean) =>
    $suggestDelete(backward, unit, source);
  return mergeRegister(
    unregisterRoot,
    () => root?.removeEventListener('beforeinput', onBeforeInput, true),
    () => root?.removeEventListener('compositionstart', onCompositionStart),
    () => root?.removeEventListener('compositionend', onCompositionEnd),
    // Composing over selected words replaces them: they are marked deleted before Lexical starts
    // the composition (which would remove them), and the caret is put between elements after them,
    // so that Lexical gives the composition a text of its own there (the browser would otherwise
    // write it into the struck words); it is marked as an insertion once composed.
    editor.registerCommand(
      COMPOSITION_START_COMMAND,
      () => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
        $suggestDeleteSelection(selection, false, source);
        // The caret stands at the start of the text after the struck words.
        const caret = $getSelection();
        if (!$isRangeSelection(caret) || caret.anchor.type !== 'text' || caret.anchor.offset !== 0) return false;
        const after = caret.anchor.getNode();
        if ($isSuggestionNode(after.getPreviousSibling())) {
          const index = after.getIndexWithinParent();
          after.getParentOrThrow().select(index, index);
        }
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(DELETE_CHARACTER_COMMAND, deleting('character'), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_WORD_COMMAND, deleting('word'), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(DELETE_LINE_COMMAND, deleting('lineboundary'), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      REMOVE_TEXT_COMMAND,
      () => {
        const selection = $getSelection();
        return $isRangeSelection(selection) && $suggestDeleteSelection(selection, false, source);
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (payload) => {
        if (composing || editor.isComposing()) return false;
        const text = typeof payload === 'string' ? payload : payload.dataTransfer ? null : payload.data;
        return text !== null && text !== '' && $suggestText(text, source);
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const selection = $getSelection();
        if ($isRangeSelection(selection) && !selection.isCollapsed()) $suggestDeleteSelection(selection, false, source);
        const data = 'clipboardData' in event ? event.clipboardData : null;
        return data !== null && $pastePlainText(data, source);
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => $suggestBreak(source), COMMAND_PRIORITY_HIGH),
    // Rich pastes (HTML, the editor's own clipboard) arrive here as nodes, after the paste checks;
    // pasted paragraphs are put in here, so that the breaks they add are marked as inserted.
    editor.registerCommand(
      SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
      ({ nodes, selection }) => {
        const id = $wrapAsInsertion(nodes, source);
        const blocks = nodes.some((node) => $isElementNode(node) && !node.isInline());
        const from = $isRangeSelection(selection) ? $textBlockOf(selection.anchor.getNode()) : null;
        if (id === null || !blocks || !from || !$isRangeSelection(selection)) return false;
        const marks = $breakMarks(from);
        selection.insertNodes(nodes);
        $markInsertedBreaks(from, id, marks);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        void copyToClipboard(editor, event instanceof ClipboardEvent ? event : null).then(() =>
          editor.update(() => {
            const selection = $getSelection();
            if ($isRangeSelection(selection)) $suggestDeleteSelection(selection, false, source);
          }),
        );
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}

export const SuggestingExtension = defineExtension({
  name: 'norms-drafter/suggesting',
  config: safeCast<SuggestingConfig>({ session: null }),
  build: (_editor, config) => ({ session: config.session ?? new SuggestingSession() }),
  register: (editor, _config, state) => {
    const { session } = state.getOutput();
    setSuggestionAuthors(editor, (id) => session.authorOf(id));
    setSuggestionDescriptions(editor, (id, kind) => session.describe(id, kind));
    let stop: (() => void) | null = null;
    const follow = () => {
      const source = session.isOn() ? session.source : null;
      if (source && !stop) stop = registerRecording(editor, source);
      else if (!source && stop) {
        stop();
        stop = null;
      }
    };
    follow();
    return mergeRegister(
      registerBreakMarks(editor),
      session.subscribe(follow),
      () => stop?.(),
      editor.registerCommand(
        TOGGLE_SUGGESTING_COMMAND,
        (event) => {
          event.preventDefault();
          session.requestToggle();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  },
});

/** The session of an editor built with SuggestingExtension. */
export function suggestingSessionOf(editor: LexicalEditor): SuggestingSession {
  return getExtensionDependencyFromEditor(editor, SuggestingExtension).output.session;
}
