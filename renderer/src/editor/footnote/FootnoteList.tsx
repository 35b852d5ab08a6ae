// The section's footnotes under its body, as Word shows them: a short rule, then each number
// with its text, which is edited in place (each text is its own small nested editor, built when
// the footnote is first opened: until then its stored text is shown, NotePreview). Escape
// in a footnote's text returns the caret to the body, just after the footnote's reference.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalExtensionEditorComposer } from '@lexical/react/LexicalExtensionEditorComposer';
import {
  $getNodeByKey,
  COMMAND_PRIORITY_HIGH,
  KEY_ESCAPE_COMMAND,
  type LexicalEditorWithDispose,
  type NodeKey,
} from 'lexical';
import { memo, useEffect, useId, useMemo, useRef, useSyncExternalStore, type RefObject } from 'react';
import { directionOf, type Language } from '../../../../shared/model/languages';
import { useAfterPaint, usePaintedValue } from '../../ui/use-after-paint';
import { footnoteLabel, useFootnotes } from './context';
import { NotePreview } from './NotePreview';
import type { FootnoteEntry } from './registry';
import './footnote.css';

interface FootnoteListProps {
  language: Language;
  editable: boolean;
  /** Called after every change to any footnote's text. */
  onNoteChange(): void;
}

type ItemProps = FootnoteListProps & { entry: FootnoteEntry; number: number; escHint: string };

// Entries are new objects after every change to the footnotes; an item whose footnote, number
// and settings are the same need not render again (a section can hold dozens of them).
const sameItem = (a: ItemProps, b: ItemProps) =>
  a.entry.key === b.entry.key &&
  a.entry.note === b.entry.note &&
  a.number === b.number &&
  a.escHint === b.escHint &&
  a.language === b.language &&
  a.editable === b.editable &&
  a.onNoteChange === b.onNoteChange;

const FootnoteItem = memo(function FootnoteItem({
  entry,
  number,
  escHint,
  language,
  editable,
  onNoteChange,
}: ItemProps) {
  const { registry, t } = useFootnotes();
  const { note, key } = entry;
  // Built when the footnote is first opened for writing (or inserted); until then its stored text.
  const built = useSyncExternalStore(note.subscribe, note.built);
  const hintId = useId();
  const label = footnoteLabel(t, 'textLabel', number);
  // Where the unopened text was clicked: the caret goes there once its editor is shown.
  const clickedAtRef = useRef<{ x: number; y: number } | null>(null);
  const open = () => {
    if (!editable || built) return;
    registry.requestFocus(key);
    note.get();
  };

  return (
    <li className="nd-footnotes__item">
      <span className="nd-footnotes__number" aria-hidden="true">
        {number}
      </span>
      {built ? (
        <NoteText
          editor={built}
          nodeKey={key}
          label={label}
          hintId={hintId}
          language={language}
          editable={editable}
          onNoteChange={onNoteChange}
          clickedAtRef={clickedAtRef}
        />
      ) : (
        <div
          className="nd-footnotes__text"
          role="textbox"
          aria-multiline="true"
          aria-readonly={!editable}
          aria-label={label}
          aria-describedby={hintId}
          tabIndex={editable ? 0 : -1}
          lang={language}
          dir={directionOf(language)}
          onMouseDown={(event) => (clickedAtRef.current = { x: event.clientX, y: event.clientY })}
          onFocus={open}
        >
          <NotePreview content={note.toJSON()} />
        </div>
      )}
      {/* Shown while the footnote's text has the caret: the way back is not obvious otherwise. */}
      <span className="nd-footnotes__hint" id={hintId}>
        {escHint}
      </span>
    </li>
  );
}, sameItem);

interface NoteTextProps {
  editor: LexicalEditorWithDispose;
  nodeKey: NodeKey;
  label: string;
  hintId: string;
  language: Language;
  editable: boolean;
  onNoteChange(): void;
  clickedAtRef: RefObject<{ x: number; y: number } | null>;
}

/** A footnote's text in its own editor, once opened. */
function NoteText({
  editor: note,
  nodeKey: key,
  label,
  hintId,
  language,
  editable,
  onNoteChange,
  clickedAtRef,
}: NoteTextProps) {
  const { registry } = useFootnotes();
  const [sectionEditor] = useLexicalComposerContext();
  useEffect(() => {
    note.setEditable(editable);
  }, [note, editable]);
  useEffect(
    () =>
      note.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) onNoteChange();
      }),
    [note, onNoteChange],
  );
  useEffect(
    () =>
      note.registerCommand(
        KEY_ESCAPE_COMMAND,
        (event) => {
          event.preventDefault();
          sectionEditor.getRootElement()?.focus({ preventScroll: true });
          // Just after the reference: a text node's select() with no offsets means its end.
          sectionEditor.update(() => $getNodeByKey(key)?.selectNext(0, 0));
          return true;
        },
        // Ahead of rich text's own Escape, which only blurs.
        COMMAND_PRIORITY_HIGH,
      ),
    [note, sectionEditor, key],
  );
  // A footnote just inserted, or opened by a click on its text or its reference, gets the caret
  // (its text is mounted only now).
  useEffect(() => {
    if (!registry.takeFocusRequest(key)) return;
    // The item may not be rendered yet (off screen, its content skipped): focusing its element
    // first makes it shown, so the caret can go into it.
    const root = note.getRootElement();
    root?.focus({ preventScroll: true });
    const point = clickedAtRef.current;
    clickedAtRef.current = null;
    if (point) {
      // Where the user clicked, as if the editor had been there all along.
      const caret = document.caretPositionFromPoint?.(point.x, point.y);
      note.focus(() => {
        if (caret && root?.contains(caret.offsetNode)) getSelection()?.collapse(caret.offsetNode, caret.offset);
      });
      return;
    }
    note.focus();
    // Shown mid-window, with the text around it, as Word shows the footnote area; not on the
    // window's lower edge where the smallest scroll would leave it (and where Chromium was seen
    // to present the frames of the typing there only when the caret blinks, bench/).
    root?.scrollIntoView({ block: 'center' });
  }, [registry, key, note, clickedAtRef]);

  return (
    <LexicalExtensionEditorComposer initialEditor={note}>
      <ContentEditable
        className="nd-footnotes__text"
        lang={language}
        dir={directionOf(language)}
        ariaLabel={label}
        ariaDescribedBy={hintId}
      />
    </LexicalExtensionEditorComposer>
  );
}

export function FootnoteList(props: FootnoteListProps) {
  const titleId = useId();
  const { registry, start, t } = useFootnotes();
  const entries = useSyncExternalStore(registry.subscribe, registry.getEntries);
  // A footnote inserted (or deleted) shifts the numbers of those after it. The frame of that
  // keystroke renders the new item only; the items already listed keep the number they showed
  // until that frame is drawn, then follow (bench/profile-typing.ts --insert).
  const numbered = usePaintedValue(entries);
  const shownIndex = useMemo(
    () => (numbered === entries ? null : new Map(numbered.map((entry, index) => [entry.key, index]))),
    [numbered, entries],
  );
  // Under the body, below the first screen of a section long enough to hold many footnotes: built
  // just after the section's text is painted, not in the same task (dozens of items).
  const shown = useAfterPaint();
  // One translation for every item, not one per item rendered again when renumbered.
  const escHint = t('editor:footnotes.escHint');
  if (!shown || entries.length === 0) return null;
  return (
    <section className="nd-footnotes" aria-labelledby={titleId} lang={props.language} dir={directionOf(props.language)}>
      <p className="nd-footnotes__title" id={titleId}>
        {t('editor:footnotes.title')}
      </p>
      <ol className="nd-footnotes__list">
        {entries.map((entry, index) => (
          <FootnoteItem
            key={entry.key}
            entry={entry}
            number={start + (shownIndex?.get(entry.key) ?? index)}
            escHint={escHint}
            {...props}
          />
        ))}
      </ol>
    </section>
  );
}
