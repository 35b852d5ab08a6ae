// In the outline, beside a section: how many of its merged changes and conflicts are still open.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format';
import type { OpenCounts } from './review-model';

export function ReviewCountBadge({ counts }: { counts: OpenCounts }) {
  const { t, i18n } = useTranslation('draft');
  const n = (count: number) => ({ count, formatted: formatNumber(count, i18n.language) });
  const said = [
    counts.conflicts > 0 ? t('merge.outline.conflicts', n(counts.conflicts)) : '',
    counts.changes > 0 ? t('merge.outline.changes', n(counts.changes)) : '',
  ].filter(Boolean);
  return (
    <span className={`merge-badge${counts.conflicts > 0 ? ' merge-badge-conflict' : ''}`} title={said.join(', ')}>
      <span aria-hidden="true">{formatNumber(counts.changes + counts.conflicts, i18n.language)}</span>
      <span className="visually-hidden">{said.join(', ')}</span>
    </span>
  );
}
