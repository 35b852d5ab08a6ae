// A conflict: the same paragraph changed by two people, side by side (each a word diff against
// the text the contribution started from), with both authors; keep the lead's side, take the
// contributor's, keep both, or write the paragraph again from one side.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflict } from '../../../shared/collab/model';
import type { ConflictChoice } from '../../../shared/merge/merge-draft';
import { diffRich } from '../../../shared/diff/rich-diff';
import { paragraphState } from '../../../shared/model/empty';
import type { Language } from '../../../shared/model/languages';
import { bodyText } from '../../../shared/model/text';
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

/** The text typed in "Edit": one paragraph per line, empty lines left out. */
export function editedBlocks(text: string): ConflictChoice {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { take: 'edited', blocks: paragraphState(lines) };
}

export function ConflictView({ conflict, ours, theirs, section, language, busy, onResolve }: ConflictViewProps) {
  const { t } = useTranslation('draft');
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
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
      {editing === null ? (
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
            onClick={() => setEditing(bodyText(conflict.theirs.blocks).body)}
          >
            {t('merge.conflict.edit')}
          </button>
        </div>
      ) : (
        <div className="merge-conflict-edit">
          <label htmlFor={`${id}-text`}>{t('merge.conflict.editLabel')}</label>
          <textarea
            id={`${id}-text`}
            className="merge-conflict-textarea"
            lang={language}
            dir="auto"
            rows={5}
            value={editing}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setEditing(event.currentTarget.value)}
            autoFocus
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('merge.conflict.editHint')}
          </p>
          <div className="merge-change-actions">
            <button type="button" className="button button-small" onClick={() => setEditing(null)}>
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-small button-primary"
              disabled={busy || editing.trim() === ''}
              onClick={() => onResolve(editedBlocks(editing))}
            >
              {t('merge.conflict.useEdited')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
