// What bringing back a reviewed Word file did: per section (named as the outline names it) how
// many suggestions and comments came back and from whom, and how many matched no section.
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../../shared/model/draft';
import type { Language } from '../../../../shared/model/languages';
import type { ReviewBackReport } from '../../../../shared/review/bring-back';
import { sectionName } from '../../templates/section-names';
import { formatNumber } from '../../ui/format';

interface ReviewBackReportViewProps {
  report: ReviewBackReport;
  /** The draft's sections, to name those in the report. */
  sections: readonly Section[];
  documentLanguage: Language;
}

export function ReviewBackReportView({ report, sections, documentLanguage }: ReviewBackReportViewProps) {
  const { t, i18n } = useTranslation('draft');
  const count = (n: number) => ({ count: n, formatted: formatNumber(n, i18n.language) });
  const brought = report.suggestions + report.comments > 0;
  const shown = report.sections.filter((s) => s.suggestions + s.comments > 0);
  return (
    <div className="review-back-report">
      {brought ? (
        <ul className="review-back-sections">
          {shown.map((item) => {
            const section = sections.find((s) => s.id === item.id);
            const counts = [
              item.suggestions > 0 ? t('reviewBack.report.suggestions', count(item.suggestions)) : '',
              item.comments > 0 ? t('reviewBack.report.comments', count(item.comments)) : '',
            ].filter(Boolean);
            return (
              <li key={item.id}>
                {t('reviewBack.report.section', {
                  section: section ? sectionName(section, t, documentLanguage) : item.id,
                  counts: counts.join(t('merge.listSeparator')),
                })}
                {item.authors.length > 0 &&
                  ` ${t('reviewBack.report.by', { names: item.authors.join(t('merge.listSeparator')) })}`}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="field-hint">{t('reviewBack.report.nothing')}</p>
      )}
      {report.unmatched > 0 && (
        <p className="field-hint">{t('reviewBack.report.unmatched', count(report.unmatched))}</p>
      )}
      {brought && <p className="field-hint">{t('reviewBack.report.hint')}</p>}
    </div>
  );
}
