// One section on the clearance sheet: each step with who cleared it and when, "Clear at <step>"
// for each, and the "Changed since cleared" marker.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetRow } from '../../../shared/clearance/sheet';
import { formatDateTime } from '../ui/format';
import { ClearForm } from './ClearForm';

interface SheetSectionProps {
  row: SheetRow;
  onClear(stepId: string, by: string): Promise<string | null>;
}

export function SheetSection({ row, onClear }: SheetSectionProps) {
  const { t, i18n } = useTranslation('draft');
  const id = useId();
  const [clearing, setClearing] = useState<string | null>(null);
  const step = row.steps.find((s) => s.stepId === clearing);
  return (
    <section className="sheet-section" aria-labelledby={`${id}-name`}>
      <h4 id={`${id}-name`} className="sheet-section-name">
        {row.section}
        {row.changed && <span className="clearance-badge clearance-changed">{t('clearance.changed')}</span>}
      </h4>
      <table className="sheet-table">
        <thead>
          <tr>
            <th scope="col">{t('clearance.sheet.step')}</th>
            <th scope="col">{t('clearance.sheet.by')}</th>
            <th scope="col">{t('clearance.sheet.date')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('clearance.confirm')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {row.steps.map((s) => (
            <tr key={s.stepId}>
              <th scope="row">{s.step}</th>
              <td>{s.at === null ? <span className="sheet-none">{t('clearance.sheet.notCleared')}</span> : s.by}</td>
              <td>{s.at === null ? '' : formatDateTime(s.at, i18n.language)}</td>
              <td>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('clearance.clearAtLabel', { section: row.section, step: s.step })}
                  aria-expanded={clearing === s.stepId}
                  onClick={() => setClearing(clearing === s.stepId ? null : s.stepId)}
                >
                  {t('clearance.clearAt', { step: s.step })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {step && (
        <ClearForm
          key={step.stepId}
          label={t('clearance.clearAtLabel', { section: row.section, step: step.step })}
          onCancel={() => setClearing(null)}
          onClear={async (by) => {
            const failed = await onClear(step.stepId, by);
            if (!failed) setClearing(null);
            return failed;
          }}
        />
      )}
    </section>
  );
}
