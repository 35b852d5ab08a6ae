// "Commenting as …, change": the name this installation's comments and replies are written
// under (reviewer-name.ts), shown at the top of the comments pane; "Change name" opens the name
// prompt shared with suggesting mode.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewerName, subscribeReviewerName } from '../reviewer-name';

export function useReviewerName(): string {
  return useSyncExternalStore(subscribeReviewerName, reviewerName);
}

export function ReviewerName({ onChange }: { onChange(): void }) {
  const { t } = useTranslation('draft');
  const name = useReviewerName();
  if (!name) return null;
  return (
    <p className="comments-name">
      <span>{t('comments.commentingAs', { name })}</span>{' '}
      <button type="button" className="button button-quiet button-small" onClick={onChange}>
        {t('comments.changeName')}
      </button>
    </p>
  );
}
