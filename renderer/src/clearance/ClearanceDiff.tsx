// What changed in a section since it was last cleared, shown as compare shows a version's changes.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClearanceStep } from '../../../shared/collab/model';
import { diffSinceCleared } from '../../../shared/clearance/records';
import type { FieldTexts } from '../../../shared/model/field-texts';
import { directionOf, type Language } from '../../../shared/model/languages';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { formatDateTime } from '../ui/format';
import { RichDiffText } from '../versions/RichDiffText';
import '../versions/versions.css';
import { useStepName } from './labels';
import type { ClearanceMark } from './use-clearance-marks';

interface ClearanceDiffProps {
  mark: ClearanceMark;
  steps: readonly ClearanceStep[];
  sectionName: string;
  content: SerializedEditorState;
  fields: FieldTexts;
  language: Language;
  footnoteStart: number;
}

export function ClearanceDiff({
  mark,
  steps,
  sectionName,
  content,
  fields,
  language,
  footnoteStart,
}: ClearanceDiffProps) {
  const { t, i18n } = useTranslation('draft');
  const stepName = useStepName();
  const diff = useMemo(() => diffSinceCleared(mark.record, content, fields), [mark.record, content, fields]);
  const step = steps.find((s) => s.id === mark.record.stepId);
  return (
    <section className="clearance-diff" aria-label={t('clearance.showDiff')}>
      <h3 className="clearance-diff-heading">
        {t('clearance.diffHeading', {
          section: sectionName,
          step: step ? stepName(step) : mark.record.stepId,
          name: mark.record.by,
          date: formatDateTime(mark.record.at, i18n.language),
        })}
      </h3>
      <p className="compare-legend">{t('clearance.diffLegend')}</p>
      {/* The section's text, in the document's language and direction. */}
      <div lang={language} dir={directionOf(language)}>
        <RichDiffText diff={diff} notes={{ before: footnoteStart, after: footnoteStart }} language={language} />
      </div>
    </section>
  );
}
