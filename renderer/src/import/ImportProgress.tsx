// The running import: what step it is at and how far along, announced politely.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_STEP_KEYS, progressStep } from './labels';

export function ImportProgress({ name, fraction }: { name: string; fraction: number }) {
  const { t } = useTranslation('import');
  const id = useId();
  const percent = Math.round(fraction * 100);
  return (
    <div className="import-progress" role="status">
      <span id={`${id}-label`}>{t('progress.label', { name })}</span>
      <progress aria-labelledby={`${id}-label`} max={100} value={percent} />
      <span className="import-step">
        {t(PROGRESS_STEP_KEYS[progressStep(fraction)])} · {t('progress.percent', { percent })}
      </span>
    </div>
  );
}
