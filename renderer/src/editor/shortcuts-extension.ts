// Key handling beyond what Lexical does itself (it already maps Ctrl/Cmd+B/I/U/Z, Shift+Z and
// Ctrl+Y): Ctrl+Alt+F footnote, Ctrl+K link (also inside footnote text), Cmd+Y redo on macOS,
// Ctrl+Alt+1/2/3 headings, Ctrl+Shift+L bullets and Ctrl+Alt+M comment as in Word (they apply, never toggle off),
// and Ctrl+Home/End (Cmd+Up/Down on macOS) handled in the editor itself, so the caret is at the
// start or end at once, even when the text ends with a footnote reference.
import { KeyboardShortcutsExtension } from '@lexical/extension';
import {
  $getRoot,
  COMMAND_PRIORITY_EDITOR,
  configExtension,
  createCommand,
  defineExtension,
  IS_APPLE,
  mergeRegister,
  REDO_COMMAND,
} from 'lexical';
import { $anchorBlock, $toggleBlock, blockKindOf, type BlockKind } from './blocks/blocks-extension';
import { INSERT_FOOTNOTE_COMMAND } from './footnote/commands';
import { $selectedListKind, $toggleListKind } from './lists/list-kinds';
import { TOGGLE_SUGGESTING_COMMAND } from './review/suggesting-extension';
import { ADD_COMMENT_COMMAND } from './review/comment-commands';
import { SHORTCUTS } from './shortcuts';

export const FOOTNOTE_SHORTCUT_COMMAND = createCommand<KeyboardEvent>('FOOTNOTE_SHORTCUT_COMMAND');
/** Handled by the link dialog; its listener receives the editor (section or footnote) it came from. */
export const LINK_SHORTCUT_COMMAND = createCommand<KeyboardEvent>('LINK_SHORTCUT_COMMAND');
const APPLE_REDO_SHORTCUT_COMMAND = createCommand<KeyboardEvent>('APPLE_REDO_SHORTCUT_COMMAND');
const DOCUMENT_START_COMMAND = createCommand<KeyboardEvent>('DOCUMENT_START_COMMAND');
const DOCUMENT_END_COMMAND = createCommand<KeyboardEvent>('DOCUMENT_END_COMMAND');
const HEADING_SHORTCUT_COMMAND = createCommand<KeyboardEvent>('HEADING_SHORTCUT_COMMAND');
const SUBHEADING_SHORTCUT_COMMAND = createCommand<KeyboardEvent>('SUBHEADING_SHORTCUT_COMMAND');
const BULLET_SHORTCUT_COMMAND = createCommand<KeyboardEvent>('BULLET_SHORTCUT_COMMAND');
const COMMENT_SHORTCUT_COMMAND = createCommand<KeyboardEvent>('COMMENT_SHORTCUT_COMMAND');

function applyBlock(kind: Exclude<BlockKind, 'paragraph' | 'quote'>) {
  return (event: KeyboardEvent) => {
    event.preventDefault();
    if (blockKindOf($anchorBlock()) !== kind) $toggleBlock(kind);
    return true;
  };
}

function moveToEdge(end: boolean) {
  return (event: KeyboardEvent) => {
    event.preventDefault();
    if (end) $getRoot().selectEnd();
    else $getRoot().selectStart();
    return true;
  };
}

export const ShortcutsExtension = defineExtension({
  name: 'norms-drafter/shortcuts',
  dependencies: [
    configExtension(KeyboardShortcutsExtension, {
      shortcuts: {
        insertFootnote: { ...SHORTCUTS.footnote, command: FOOTNOTE_SHORTCUT_COMMAND },
        openLink: { ...SHORTCUTS.link, command: LINK_SHORTCUT_COMMAND, bubbleFromNestedEditors: true },
        documentStart: IS_APPLE
          ? { key: 'ArrowUp', modifiers: { metaKey: true }, command: DOCUMENT_START_COMMAND }
          : { key: 'Home', modifiers: { ctrlKey: true }, command: DOCUMENT_START_COMMAND },
        documentEnd: IS_APPLE
          ? { key: 'ArrowDown', modifiers: { metaKey: true }, command: DOCUMENT_END_COMMAND }
          : { key: 'End', modifiers: { ctrlKey: true }, command: DOCUMENT_END_COMMAND },
        heading: { ...SHORTCUTS.heading, command: HEADING_SHORTCUT_COMMAND },
        subheading: { ...SHORTCUTS.subheading, command: SUBHEADING_SHORTCUT_COMMAND },
        deepestHeading: { ...SHORTCUTS.deepestHeading, command: SUBHEADING_SHORTCUT_COMMAND },
        bulletList: { ...SHORTCUTS.bulletList, command: BULLET_SHORTCUT_COMMAND },
        suggesting: { ...SHORTCUTS.suggesting, command: TOGGLE_SUGGESTING_COMMAND, bubbleFromNestedEditors: true },
        // Handled by the comments pane, which is told the editor (body or footnote) it came from.
        comment: { ...SHORTCUTS.comment, command: COMMENT_SHORTCUT_COMMAND, bubbleFromNestedEditors: true },
        appleRedo: IS_APPLE
          ? {
              key: 'y',
              modifiers: { metaKey: true },
              command: APPLE_REDO_SHORTCUT_COMMAND,
              bubbleFromNestedEditors: true,
            }
          : null,
      },
    }),
  ],
  register: (editor) =>
    mergeRegister(
      editor.registerCommand(
        FOOTNOTE_SHORTCUT_COMMAND,
        (event) => {
          event.preventDefault();
          return editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined);
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(DOCUMENT_START_COMMAND, moveToEdge(false), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(HEADING_SHORTCUT_COMMAND, applyBlock('h2'), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(SUBHEADING_SHORTCUT_COMMAND, applyBlock('h3'), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(
        BULLET_SHORTCUT_COMMAND,
        (event) => {
          event.preventDefault();
          if ($selectedListKind() !== 'bullet') $toggleListKind('bullet');
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(DOCUMENT_END_COMMAND, moveToEdge(true), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(
        COMMENT_SHORTCUT_COMMAND,
        (event, fromEditor) => {
          event.preventDefault();
          return fromEditor.dispatchCommand(ADD_COMMENT_COMMAND, undefined);
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        APPLE_REDO_SHORTCUT_COMMAND,
        (event, fromEditor) => {
          event.preventDefault();
          return fromEditor.dispatchCommand(REDO_COMMAND, undefined);
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    ),
});
