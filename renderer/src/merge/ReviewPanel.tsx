// "Review contributions": the open conflicts, then the pending changes per section, each with its
// author and a word diff. Accept or reject one change, a section's, a contributor's or all;
// resolve a conflict. Every action saves the draft (through the edit guard) and the screen reads
// it again; what could not be put back because it was edited since is said.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeFilter, ConflictChoice } from '../../../shared/merge/merge-draft';
import type { Draft } from '../../../shared/model/draft';
import { useServices } from '../services/context';
import { StorageError } from '../storage/errors';
import { formatNumber } from '../ui/format';
import { Modal } from '../ui/Modal';
import { UnsavedTextError } from './collect';
import { AuthorName } from './AuthorName';
import { ChangeItem } from './ChangeItem';
import { ConflictView } from './ConflictView';
import { authorOrUnknown, authorsOf } from './people';
import { acceptReviewed, rejectReviewed, resolveReviewed } from './review-actions';
import { pendingAuthors, reviewOf } from './review-model';
import { useSectionNames } from './use-section-names';

interface ReviewPanelProps {
  draft: Draft;
  onClose(): void;
  /** The stored draft changed: the screen reads it again (and gives this panel the new draft). */
  onChanged(): Promise<void>;
}

export function ReviewPanel({ draft, onClose, onChanged }: ReviewPanelProps) {
  const { t, i18n } = useTranslation('draft');
  const services = useServices();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const reviews = useMemo(() => reviewOf(draft), [draft]);
  const authors = useMemo(() => authorsOf(draft.collaboration), [draft.collaboration]);
  const author = (authorId: string) => authorOrUnknown(authors, authorId);
  const sectionName = useSectionNames(draft.language);
  const contributors = pendingAuthors(reviews);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      const done = await action();
      await onChanged();
      setMessage(done);
    } catch (error) {
      if (error instanceof UnsavedTextError) setMessage(t('merge.failed.unsaved'));
      else if (error instanceof StorageError && error.code === 'conflict') setMessage(t('merge.failed.otherWindow'));
      else setMessage(t('merge.failed.other'));
    } finally {
      setBusy(false);
    }
  };
  const accept = (filter: ChangeFilter) =>
    void run(async () => {
      await acceptReviewed(services, draft.id, filter);
      return t('merge.review.accepted');
    });
  const reject = (filter: ChangeFilter) =>
    void run(async () => {
      const left = await rejectReviewed(services, draft.id, filter);
      return left.length === 0
        ? t('merge.review.rejected')
        : t('merge.review.notReverted', { count: left.length, formatted: formatNumber(left.length, i18n.language) });
    });
  const resolve = (conflictId: string, choice: ConflictChoice) =>
    void run(async () => {
      await resolveReviewed(services, draft.id, conflictId, choice);
      return t('merge.review.resolved');
    });

  const hasChanges = reviews.some((r) => r.changes.length > 0);
  return (
    <Modal titleId={`${id}-title`} onClose={onClose} className="merge-dialog merge-review-dialog">
      <div className="merge-panel">
        <div className="merge-head">
          <h2 id={`${id}-title`} className="modal-title">
            {t('merge.review.heading')}
          </h2>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        </div>
        <p className="merge-intro">{t('merge.review.intro')}</p>
        <p className="merge-message" role="status" aria-live="polite">
          {message}
        </p>
        {reviews.length === 0 && <p className="merge-empty">{t('merge.review.nothing')}</p>}
        {hasChanges && (
          <div className="merge-bulk" role="group" aria-label={t('merge.review.allGroup')}>
            <button type="button" className="button button-small" disabled={busy} onClick={() => accept({})}>
              {t('merge.review.acceptAll')}
            </button>
            <button type="button" className="button button-small" disabled={busy} onClick={() => reject({})}>
              {t('merge.review.rejectAll')}
            </button>
            {contributors.map((authorId) => {
              const who = author(authorId);
              return (
                <span key={authorId} className="merge-bulk-author">
                  <AuthorName author={who} />
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    aria-label={t('merge.review.acceptByLabel', { name: who.name })}
                    onClick={() => accept({ author: authorId })}
                  >
                    {t('merge.review.accept')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    aria-label={t('merge.review.rejectByLabel', { name: who.name })}
                    onClick={() => reject({ author: authorId })}
                  >
                    {t('merge.review.reject')}
                  </button>
                </span>
              );
            })}
          </div>
        )}
        {reviews.map(({ section, changes, conflicts }) => {
          const name = sectionName(section);
          return (
            <section key={section.id} className="merge-section" aria-labelledby={`${id}-${section.id}`}>
              <div className="merge-section-head">
                <h3 id={`${id}-${section.id}`} className="merge-subheading">
                  <bdi>{name}</bdi>
                </h3>
                {changes.length > 1 && (
                  <span className="merge-section-actions">
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busy}
                      aria-label={t('merge.review.acceptSectionLabel', { section: name })}
                      onClick={() => accept({ sectionId: section.id })}
                    >
                      {t('merge.review.acceptSection')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busy}
                      aria-label={t('merge.review.rejectSectionLabel', { section: name })}
                      onClick={() => reject({ sectionId: section.id })}
                    >
                      {t('merge.review.rejectSection')}
                    </button>
                  </span>
                )}
              </div>
              <ul className="merge-items">
                {conflicts.map((conflict) => (
                  <ConflictView
                    key={conflict.id}
                    conflict={conflict}
                    ours={author(conflict.ours.author)}
                    theirs={author(conflict.theirs.author)}
                    section={name}
                    language={draft.language}
                    busy={busy}
                    onResolve={(choice) => resolve(conflict.id, choice)}
                  />
                ))}
                {changes.map((pending) => (
                  <ChangeItem
                    key={pending.change.id}
                    pending={pending}
                    author={author(pending.change.author)}
                    section={name}
                    language={draft.language}
                    busy={busy}
                    onAccept={() => accept({ changeIds: [pending.change.id] })}
                    onReject={() => reject({ changeIds: [pending.change.id] })}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </Modal>
  );
}
