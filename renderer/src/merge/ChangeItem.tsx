// One pending change: who made it and what it did to the text the contribution started from
// (a word diff), with Accept and Reject.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffRich } from '../../../shared/diff/rich-diff';
import type { Language } from '../../../shared/model/languages';
import { RichDiffText } from '../versions/RichDiffText';
import { AuthorName } from './AuthorName';
import type { Author } from './people';
import type { PendingChange } from './review-model';

const FIRST_NOTES = { before: 1, after: 1 };

interface ChangeItemProps {
  pending: PendingChange;
  author: Author;
  section: string;
  language: Language;
  busy: boolean;
  onAccept(): void;
  onReject(): void;
}

export function ChangeItem({ pending, author, section, language, busy, onAccept, onReject }: ChangeItemProps) {
  const { t } = useTranslation('draft');
  const diff = useMemo(() => diffRich(pending.change.before, pending.after), [pending]);
  return (
    <li className="merge-change" style={{ borderInlineStartColor: author.colour }}>
      <p className="merge-change-by">
        <AuthorName author={author} />
      </p>
      {pending.placed ? (
        <div className="merge-change-text" lang={language}>
          <RichDiffText diff={diff} notes={FIRST_NOTES} language={language} />
        </div>
      ) : (
        <p className="merge-change-gone">{t('merge.review.replaced')}</p>
      )}
      <div className="merge-change-actions">
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          aria-label={t('merge.review.acceptLabel', { name: author.name, section })}
          onClick={onAccept}
        >
          {t('merge.review.accept')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          aria-label={t('merge.review.rejectLabel', { name: author.name, section })}
          onClick={onReject}
        >
          {t('merge.review.reject')}
        </button>
      </div>
    </li>
  );
}
