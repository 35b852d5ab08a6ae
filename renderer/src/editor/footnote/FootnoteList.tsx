// The section's footnotes under its body, as Word shows them: a short rule, then each number
// with its text, which is edited in place (each text is its own small nested editor).
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalExtensionEditorComposer } from '@lexical/react/LexicalExtensionEditorComposer';
import { useEffect, useId, useSyncExternalStore } from 'react';
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

function FootnoteItem({ entry, number, language, editable, onNoteChange }: FootnoteListProps & { entry: FootnoteEntry; number: number }) {
  const { t } = useTranslation('editor');
  const { registry } = useFootnotes();
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
  // A footnote just inserted gets the caret (its text is mounted only now).
  useEffect(() => {
    if (registry.takeFocusRequest(key)) note.focus();
  }, [registry, key, note]);

  return (
    <li className="nd-footnotes__item">
      <span className="nd-footnotes__number" aria-hidden="true">
        {number}
      </span>
      <LexicalExtensionEditorComposer initialEditor={note}>
        <ContentEditable className="nd-footnotes__text" lang={language} dir={directionOf(language)} ariaLabel={t('footnotes.textLabel', { number })} />
      </LexicalExtensionEditorComposer>
    </li>
  );
}

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
