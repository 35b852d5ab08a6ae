// The draft's overview: totals, and a picture of the 11 norms, one tile each, coloured by status
// (with the status also in words and a shape) and filled by how much has been written, with how
// many of its practical actions are done; then, for a template that asks, the capacity needs table.
import { Trans, useTranslation } from 'react-i18next';
import type { CSSProperties } from 'react';
import { formatNumber } from '../ui/format';
import { draftTotals, type SectionState } from './draft-state';
import type { Language } from '../../../shared/model/languages';
import { DocumentText } from '../ui/DocumentText';
import { normLetter, normTag } from '../templates/section-names';
import { SectionTitle } from './SectionTitle';
import { StatusBadge } from './StatusBadge';
import { checklistProgress } from '../../../shared/model/section-fields';
import { CapacityNeedsTable } from './CapacityNeedsTable';

interface CoverageViewProps {
  title: string;
  language: Language;
  sections: SectionState[];
  onOpen(sectionId: string): void;
}

/** How many of the norm's practical actions are done, in words and as a bar; nothing without a checklist. */
function ChecklistMeter({ fields }: { fields: SectionState['fields'] }) {
  const { t, i18n } = useTranslation('draft');
  const { done, total } = checklistProgress(fields);
  if (total === 0) return null;
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <span className="coverage-checklist" style={{ '--done': done / total } as CSSProperties}>
      <span className="coverage-checklist-text">{t('overview.checklist', { done: n(done), total: n(total) })}</span>
      <span className="coverage-checklist-bar" aria-hidden="true">
        <span className="coverage-checklist-fill" />
      </span>
    </span>
  );
}

/** Words at which a norm's tile shows as full: the longest norm, but at least a solid page. */
const FULL_TILE_WORDS = 400;

export function CoverageView({ title, language, sections, onOpen }: CoverageViewProps) {
  const { t, i18n } = useTranslation('draft');
  const n = (value: number) => formatNumber(value, i18n.language);
  const totals = draftTotals(sections);
  const norms = sections.filter((s) => s.kind === 'norm');
  const others = sections.filter((s) => s.kind !== 'norm');
  const full = Math.max(FULL_TILE_WORDS, ...norms.map((s) => s.words));

  return (
    <section className="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading" className="overview-heading" tabIndex={-1}>
        {t('overview.heading')}
      </h2>
      <p className="overview-lead">
        <Trans
          t={t}
          i18nKey="overview.lead"
          values={{ title }}
          components={{ title: <DocumentText language={language} /> }}
        />
      </p>
      <dl className="totals">
        <div className="total">
          <dt>{t('overview.normsWritten')}</dt>
          <dd>{t('overview.normsValue', { written: n(totals.normsWritten), total: n(totals.normsTotal) })}</dd>
        </div>
        <div className="total">
          <dt>{t('overview.words')}</dt>
          <dd>{n(totals.words)}</dd>
        </div>
        <div className="total">
          <dt>{t('overview.footnotes')}</dt>
          <dd>{n(totals.footnotes)}</dd>
        </div>
      </dl>
      {sections.some((s) => s.words === 0 && s.kind !== 'title' && s.kind !== 'closing') && (
        <p className="overview-hint">{t('overview.exportHint')}</p>
      )}

      {norms.length > 0 && (
        <>
          <h3 className="overview-subheading" id="coverage-heading">
            {t('overview.coverageHeading')}
          </h3>
          <p className="overview-hint">{t('overview.coverageHint')}</p>
          <ul className="coverage-grid" aria-labelledby="coverage-heading">
            {norms.map((section) => (
              <li key={section.id}>
                <button
                  type="button"
                  className={`coverage-tile status-${section.status}`}
                  style={{ '--fill': Math.min(1, section.words / full) } as CSSProperties}
                  onClick={() => onOpen(section.id)}
                >
                  <span className="coverage-tile-head">
                    <span className="coverage-letter" aria-hidden="true">
                      {section.norm && normLetter(section.norm)}
                    </span>
                    <span className="coverage-tag">{normTag(section, t)}</span>
                  </span>
                  <span className="coverage-title">
                    <SectionTitle section={section} language={language} chrome />
                  </span>
                  <span className="coverage-foot">
                    <StatusBadge status={section.status} />
                    <span className="coverage-words">
                      {t('words', { count: section.words, formatted: n(section.words) })}
                    </span>
                  </span>
                  <ChecklistMeter fields={section.fields} />
                  <span className="coverage-meter" aria-hidden="true">
                    <span className="coverage-meter-fill" />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <CapacityNeedsTable language={language} sections={sections} onOpen={onOpen} />

      {others.length > 0 && (
        <>
          <h3 className="overview-subheading" id="other-sections-heading">
            {t('overview.otherSections')}
          </h3>
          <ul className="other-sections" aria-labelledby="other-sections-heading">
            {others.map((section) => (
              <li key={section.id}>
                <button type="button" className="other-section" onClick={() => onOpen(section.id)}>
                  <span className="other-section-title">
                    <SectionTitle section={section} language={language} chrome />
                  </span>
                  <StatusBadge status={section.status} />
                  <span className="other-section-words">
                    {t('words', { count: section.words, formatted: n(section.words) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
