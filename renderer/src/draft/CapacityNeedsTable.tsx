// The overview's "Capacity needs": the capacity needs and the assistance sought or offered of
// every section, in one table (the same rows as the Word export's annex,
// shared/capacity/capacity-needs.ts), for the capacity-building discussions. This is the
// delegation's own screen, so answers marked internal are listed too, marked as such.
import { useTranslation } from 'react-i18next';
import { capacityNeedRows, CAPACITY_FIELD_IDS } from '../../../shared/capacity/capacity-needs';
import type { Language } from '../../../shared/model/languages';
import { DocumentText } from '../ui/DocumentText';
import { uiLocale } from '../ui/format';
import type { SectionState } from './draft-state';
import { SectionTitle } from './SectionTitle';
import { normTag } from '../templates/section-names';

interface CapacityNeedsTableProps {
  language: Language;
  sections: SectionState[];
  onOpen(sectionId: string): void;
}

export function CapacityNeedsTable({ language, sections, onOpen }: CapacityNeedsTableProps) {
  const { t, i18n } = useTranslation('draft');
  // Only a template that asks about capacity needs gets the table.
  if (!sections.some((s) => s.fields?.some((field) => field.id === CAPACITY_FIELD_IDS.need))) return null;
  const rows = capacityNeedRows(sections);
  const option = (key: string) => t(key, { ns: 'templates' });
  const list = new Intl.ListFormat(uiLocale(i18n.language), { type: 'conjunction' });
  return (
    <>
      <h3 className="overview-subheading" id="capacity-heading">
        {t('overview.capacity.heading')}
      </h3>
      <p className="overview-hint">{t('overview.capacity.hint')}</p>
      {rows.length === 0 ? (
        <p className="capacity-none">{t('overview.capacity.none')}</p>
      ) : (
        <div className="capacity-scroll">
          <table className="capacity-table" aria-labelledby="capacity-heading">
            <thead>
              <tr>
                <th scope="col">{t('overview.capacity.section')}</th>
                <th scope="col">{t('overview.capacity.need')}</th>
                <th scope="col">{t('overview.capacity.assistance')}</th>
                <th scope="col">{t('overview.capacity.details')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.section.id}>
                  <th scope="row">
                    <button type="button" className="capacity-open" onClick={() => onOpen(row.section.id)}>
                      {row.section.norm && <span className="capacity-tag">{normTag(row.section, t)}</span>}
                      <SectionTitle section={row.section} language={language} chrome />
                    </button>
                    {row.internal && <span className="capacity-internal">{t('overview.capacity.internal')}</span>}
                  </th>
                  <td>
                    <DocumentText language={language}>{row.need}</DocumentText>
                  </td>
                  <td>{list.format(row.assistanceKeys.map(option))}</td>
                  <td>
                    <DocumentText language={language}>{row.details}</DocumentText>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
