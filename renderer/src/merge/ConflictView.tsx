// A conflict: the same paragraph changed by two people, side by side (each a word diff against
// the text the contribution started from), with both authors; keep the lead's side, take the
// contributor's, keep both, or write the paragraph again from the contributor's side in the
// section editor itself, so its formatting, links and footnotes are kept.
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflict } from '../../../shared/collab/model';
import type { ConflictChoice } from '../../../shared/merge/merge-draft';
import { diffRich } from '../../../shared/diff/rich-diff';
import type { Language } from '../../../shared/model/languages';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { bodyText } from '../../../shared/model/text';
import { SectionEditor, type ContentReader } from '../editor';
import { RichDiffText } from '../versions/RichDiffText';
import { AuthorName } from './AuthorName';
import type { Author } from './people';

const FIRST_NOTES = { before: 1, after: 1 };

interface ConflictViewProps {
  conflict: MergeConflict;
  ours: Author;
  theirs: Author;
  section: string;
  language: Language;
  busy: boolean;
  onResolve(choice: ConflictChoice): void;
}

const NO_SUBHEADINGS = [] as const;

/** The paragraphs as edited, or null when nothing is left to use. */
function editedChoice(blocks: SerializedEditorState): ConflictChoice | null {
  const { body, notes } = bodyText(blocks);
  return body.trim() === '' && notes.length === 0 ? null : { take: 'edited', blocks };
}

export function ConflictView({ conflict, ours, theirs, section, language, busy, onResolve }: ConflictViewProps) {
  const { t } = useTranslation('draft');
  const id = useId();
  const [editing, setEditing] = useState(false);
  // The editor's reader of its text, read when the user chooses to use it.
  const edited = useRef<ContentReader | null>(null);
  const [empty, setEmpty] = useState(false);
  const sides = useMemo(
    () => [
      {
        key: 'ours',
        author: ours,
        diff: diffRich(conflict.base, conflict.ours.blocks),
        note: t('merge.conflict.oursNote'),
      },
      {
        key: 'theirs',
        author: theirs,
        diff: diffRich(conflict.base, conflict.theirs.blocks),
        note: t('merge.conflict.theirsNote'),
      },
    ],
    [conflict, ours, theirs, t],
  );
  return (
    <li className="merge-conflict" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} className="merge-conflict-heading">
        {t('merge.conflict.heading', { section })}
      </h4>
      <div className="merge-conflict-sides">
        {sides.map((side) => (
          <section key={side.key} className="merge-conflict-side" style={{ borderBlockStartColor: side.author.colour }}>
            <p className="merge-change-by">
              <AuthorName author={side.author} /> <span className="merge-side-note">{side.note}</span>
            </p>
            <div className="merge-change-text" lang={language}>
              <RichDiffText diff={side.diff} notes={FIRST_NOTES} language={language} />
            </div>
          </section>
        ))}
      </div>
      {!editing ? (
        <div className="merge-change-actions">
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => onResolve({ take: 'ours' })}
          >
            {t('merge.conflict.takeOurs', { name: ours.name })}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => onResolve({ take: 'theirs' })}
          >
            {t('merge.conflict.takeTheirs', { name: theirs.name })}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => onResolve({ take: 'both' })}
          >
            {t('merge.conflict.takeBoth')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => {
              edited.current = null;
              setEmpty(false);
              setEditing(true);
            }}
          >
            {t('merge.conflict.edit')}
          </button>
        </div>
      ) : (
        <div className="merge-conflict-edit">
          <p id={`${id}-label`} className="merge-conflict-edit-label">
            {t('merge.conflict.editLabel')}
          </p>
          <p id={`${id}-hint`} className="field-hint">
            {t('merge.conflict.editHint')}
          </p>
          <div className="merge-conflict-editor">
            <SectionEditor
              sectionId={`conflict-${conflict.id}`}
              initialContent={conflict.theirs.blocks}
              language={language}
              footnoteStart={1}
              subheadings={NO_SUBHEADINGS}
              labelledBy={`${id}-label`}
              onChange={(read) => {
                edited.current = read;
                setEmpty(editedChoice(read()) === null);
              }}
            />
          </div>
          <div className="merge-change-actions">
            <button type="button" className="button button-small" onClick={() => setEditing(false)}>
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-small button-primary"
              disabled={busy || empty}
              onClick={() => {
                const choice = editedChoice(edited.current?.() ?? conflict.theirs.blocks);
                if (choice) onResolve(choice);
              }}
            >
              {t('merge.conflict.useEdited')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
