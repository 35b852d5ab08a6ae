// Under a section's heading: its clearance badge and, when its text changed since it was cleared,
// a button showing what changed against the cleared text (the comparison loads when first shown).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClearanceStep } from '../../../shared/collab/model';
import type { FieldTexts } from '../../../shared/model/field-texts';
import type { Language } from '../../../shared/model/languages';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { lazyPart } from '../ui/Lazy';
import { ClearanceBadge } from './ClearanceBadge';
import type { ClearanceMark } from './use-clearance-marks';

const ClearanceDiff = lazyPart(() => import('./ClearanceDiff'), 'ClearanceDiff');

interface SectionClearanceProps {
  mark: ClearanceMark;
  steps: readonly ClearanceStep[];
  sectionName: string;
  content(): SerializedEditorState;
  fields: FieldTexts;
  language: Language;
  footnoteStart: number;
}

export function SectionClearance({
  mark,
  steps,
  sectionName,
  content,
  fields,
  language,
  footnoteStart,
}: SectionClearanceProps) {
  const { t } = useTranslation('draft');
  const [open, setOpen] = useState(false);
  const id = useId();
  const showing = open && mark.changed === true;
  return (
    <div className="section-clearance">
      <ClearanceBadge mark={mark} steps={steps} />
      {mark.changed && (
        <button
          type="button"
          className="button button-small"
          aria-expanded={showing}
          aria-controls={id}
          onClick={() => setOpen((was) => !was)}
        >
          {showing ? t('clearance.hideDiff') : t('clearance.showDiff')}
        </button>
      )}
      <div id={id}>
        {showing && (
          <ClearanceDiff
            mark={mark}
            steps={steps}
            sectionName={sectionName}
            content={content()}
            fields={fields}
            language={language}
            footnoteStart={footnoteStart}
          />
        )}
      </div>
    </div>
  );
}
