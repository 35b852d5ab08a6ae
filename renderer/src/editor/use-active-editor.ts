// Which editor the toolbar acts on: the section body or the footnote text that last had focus.
// FOCUS from a footnote's editor bubbles up to the section editor, which records it. The toolbar
// and the sub-heading chips follow as a transition: inserting a footnote (or Escape back to the
// body) moves the focus, and re-rendering every button with it was ~5 ms of that keystroke's frame
// (bench/profile-typing.ts --insert); they follow in the next frame.
import { COMMAND_PRIORITY_CRITICAL, FOCUS_COMMAND, type LexicalEditor } from 'lexical';
import { startTransition, useEffect, useState } from 'react';
import type { FootnoteRegistry } from './footnote/registry';

export function useActiveEditor(editor: LexicalEditor, registry: FootnoteRegistry): LexicalEditor {
  const [active, setActive] = useState<LexicalEditor>(editor);
  useEffect(
    () =>
      editor.registerCommand(
        FOCUS_COMMAND,
        (_event, focused) => {
          startTransition(() => setActive(focused));
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  // A deleted footnote's editor must not stay the toolbar's target. Also a transition, after
  // the focus's own: the footnotes change with every insertion, whose frame need not render the
  // toolbar again.
  useEffect(
    () =>
      registry.subscribe(() =>
        startTransition(() =>
          setActive((current) =>
            current === editor || registry.getEntries().some((entry) => entry.note.built() === current)
              ? current
              : editor,
          ),
        ),
      ),
    [editor, registry],
  );
  return active;
}
