// The section's footnotes under its body, as Word shows them: a short rule, then each number
// with its text, which is edited in place (each text is its own small nested editor). Escape
// in a footnote's text returns the caret to the body, just after the footnote's reference.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalExtensionEditorComposer } from '@lexical/react/LexicalExtensionEditorComposer';
import { $getNodeByKey, COMMAND_PRIORITY_HIGH, KEY_ESCAPE_COMMAND } from 'lexical';
import { memo, useEffect, useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, type Language } from '../../../../shared/model/languages';
import { useFootnotes } from './context';
import type { FootnoteEntry } from './registry';
import './footnote.css';

interface FootnoteListProps {
  language: Language;
  editable: boolean;
  /** Called after every change to any footnote's text. */
  onNoteChange(): void;
}

type ItemProps = FootnoteListProps & { entry: FootnoteEntry; number: number };

// Entries are new objects after every change to the footnotes; an item whose footnote, number
// and settings are the same need not render again (a section can hold dozens of them).
const sameItem = (a: ItemProps, b: ItemProps) =>
  a.entry.key === b.entry.key && a.entry.note === b.entry.note && a.number === b.number && a.language === b.language && a.editable === b.editable && a.onNoteChange === b.onNoteChange;

const FootnoteItem = memo(function FootnoteItem({ entry, number, language, editable, onNoteChange }: ItemProps) {
  const { t } = useTranslation('editor');
  const { registry } = useFootnotes();
  const [sectionEditor] = useLexicalComposerContext();
  const { note, key } = entry;

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
          sectionEditor.update(() => $getNodeByKey(key)?.selectNext());
          return true;
        },
        // Ahead of rich text's own Escape, which only blurs.
        COMMAND_PRIORITY_HIGH,
      ),
    [note, sectionEditor, key],
  );
  const hintId = useId();
  // A footnote just inserted gets the caret (its text is mounted only now).
  useEffect(() => {
    if (!registry.takeFocusRequest(key)) return;
    // The item may not be rendered yet (off screen, its content skipped): focusing its element
    // first makes it shown, so the caret can go into it.
    const root = note.getRootElement();
    root?.focus({ preventScroll: true });
    note.focus();
    // Shown mid-window, with the text around it, as Word shows the footnote area; not on the
    // window's lower edge where the smallest scroll would leave it (and where Chromium was seen
    // to present the frames of the typing there only when the caret blinks, bench/).
    root?.scrollIntoView({ block: 'center' });
  }, [registry, key, note]);

  return (
    <li className="nd-footnotes__item">
      <span className="nd-footnotes__number" aria-hidden="true">
        {number}
      </span>
      <LexicalExtensionEditorComposer initialEditor={note}>
        <ContentEditable className="nd-footnotes__text" lang={language} dir={directionOf(language)} ariaLabel={t('footnotes.textLabel', { number })} ariaDescribedBy={hintId} />
      </LexicalExtensionEditorComposer>
      {/* Shown while the footnote's text has the caret: the way back is not obvious otherwise. */}
      <span className="nd-footnotes__hint" id={hintId}>
        {t('footnotes.escHint')}
      </span>
    </li>
  );
}, sameItem);

export function FootnoteList(props: FootnoteListProps) {
  const { t } = useTranslation('editor');
  const titleId = useId();
  const { registry, start } = useFootnotes();
  const entries = useSyncExternalStore(registry.subscribe, registry.getEntries);
  if (entries.length === 0) return null;
  return (
    <section className="nd-footnotes" aria-labelledby={titleId} lang={props.language} dir={directionOf(props.language)}>
      <p className="nd-footnotes__title" id={titleId}>
        {t('footnotes.title')}
      </p>
      <ol className="nd-footnotes__list">
        {entries.map((entry, index) => (
          <FootnoteItem key={entry.key} entry={entry} number={start + index} {...props} />
        ))}
      </ol>
    </section>
  );
}
