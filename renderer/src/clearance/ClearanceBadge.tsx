// A section's clearance in a few words: the step it was last cleared at (with who and when for
// screen readers and on hover), or "Changed since cleared" when its text was edited since.
import { useTranslation } from 'react-i18next';
import type { ClearanceStep } from '../../../shared/collab/model';
import { formatDateTime } from '../ui/format';
import { useStepName } from './labels';
import './clearance.css';
import type { ClearanceMark } from './use-clearance-marks';

interface ClearanceBadgeProps {
  mark: ClearanceMark;
  steps: readonly ClearanceStep[];
}

export function ClearanceBadge({ mark, steps }: ClearanceBadgeProps) {
  const { t, i18n } = useTranslation('draft');
  const stepName = useStepName();
  const step = steps.find((s) => s.id === mark.record.stepId);
  const name = step ? stepName(step) : mark.record.stepId;
  const label = t('clearance.badgeLabel', {
    step: name,
    name: mark.record.by,
    date: formatDateTime(mark.record.at, i18n.language),
  });
  if (mark.changed)
    return (
      <span className="clearance-badge clearance-changed" title={label}>
        <span aria-hidden="true">⚠ </span>
        {t('clearance.changed')}
        <span className="visually-hidden">{` (${label})`}</span>
      </span>
    );
  return (
    <span className="clearance-badge" title={label}>
      <span aria-hidden="true">✓ {t('clearance.badge', { step: name })}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
