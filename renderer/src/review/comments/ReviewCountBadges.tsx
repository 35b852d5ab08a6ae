// In the outline, beside a section: its open comments and pending suggestions, as small badges
// read out in words.
import { useTranslation } from 'react-i18next';
import type { SectionReviewCounts } from '../../../../shared/review/counts';
import { formatNumber } from '../../ui/format';
import './comments.css';

export function ReviewCountBadges({ counts }: { counts: SectionReviewCounts }) {
  const { t, i18n } = useTranslation('draft');
  const n = (count: number) => ({ count, formatted: formatNumber(count, i18n.language) });
  const badge = (kind: 'comments' | 'suggestions', count: number, said: string) => {
    return (
      <span className={`review-badge review-badge-${kind}`} title={said}>
        <span aria-hidden="true">{formatNumber(count, i18n.language)}</span>
        <span className="visually-hidden">{said}</span>
      </span>
    );
  };
  return (
    <>
      {counts.comments > 0 && badge('comments', counts.comments, t('comments.outline.comments', n(counts.comments)))}
      {counts.suggestions > 0 &&
        badge('suggestions', counts.suggestions, t('comments.outline.suggestions', n(counts.suggestions)))}
    </>
  );
}
