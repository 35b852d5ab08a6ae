// What a collection of contributions did, per file: who it was from, whether it was merged (or
// already merged, not for this draft, without changes), per section the changes applied and the
// conflicts kept, and everything that could not be placed. Files that could not be read are
// listed with the reason.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ContributionOutcome, UnplacedContent } from '../../../shared/merge/merge-draft';
import type { Draft } from '../../../shared/model/draft';
import { formatNumber } from '../ui/format';
import type { CollectResult } from './collect';
import type { SectionNamer } from './use-section-names';

function statusText(status: ContributionOutcome['status'], t: TFunction): string {
  switch (status) {
    case 'merged':
      return t('merge.report.status.merged');
    case 'already-merged':
      return t('merge.report.status.alreadyMerged');
    case 'other-draft':
      return t('merge.report.status.otherDraft');
    case 'not-a-contribution':
      return t('merge.report.status.notContribution');
    case 'nothing-changed':
      return t('merge.report.status.nothingChanged');
  }
}

function unplacedText(item: UnplacedContent, section: string, t: TFunction): string {
  switch (item.reason) {
    case 'not-asked':
      return t('merge.report.unplaced.notAsked', { section });
    case 'section-removed':
      return t('merge.report.unplaced.sectionRemoved', { section });
    case 'new-section':
      return t('merge.report.unplaced.newSection', { section });
  }
}

interface MergeReportProps {
  result: CollectResult;
  /** The merged draft's sections, to name them. */
  sections: Draft['sections'];
  sectionName: SectionNamer;
}

export function MergeReport({ result, sections, sectionName }: MergeReportProps) {
  const { t, i18n } = useTranslation('draft');
  const count = (n: number) => ({ count: n, formatted: formatNumber(n, i18n.language) });
  const name = (item: {
    id?: string;
    sectionId?: string;
    norm?: Draft['sections'][number]['norm'];
    heading: string;
  }) => {
    const id = item.id ?? item.sectionId;
    const section = sections.find((s) => s.id === id);
    return sectionName(section ?? { kind: 'other', norm: item.norm ?? null, heading: item.heading });
  };
  const outcome = result.outcome;
  return (
    <div className="merge-report">
      {outcome && (
        <p className="merge-report-total">
          {t('merge.report.applied', count(outcome.applied))} · {t('merge.report.conflicts', count(outcome.conflicts))}
        </p>
      )}
      <ul className="merge-report-list">
        {outcome?.contributions.map((contribution, index) => {
          const touched = contribution.sections.filter((s) => s.applied + s.conflicts > 0);
          return (
            <li key={index} className={`merge-report-item merge-status-${contribution.status}`}>
              <p className="merge-report-who">
                <bdi className="merge-report-name">
                  {contribution.contributor?.name ?? t('merge.report.unknownContributor')}
                </bdi>
                {contribution.contributor?.organisation && (
                  <>
                    {' · '}
                    <bdi>{contribution.contributor.organisation}</bdi>
                  </>
                )}
                <span className="merge-report-status">{statusText(contribution.status, t)}</span>
              </p>
              <p className="merge-report-file">
                <bdi>{contribution.source}</bdi>
              </p>
              {touched.length > 0 && (
                <ul className="merge-report-sections">
                  {touched.map((section) => (
                    <li key={section.id}>
                      <bdi>{name(section)}</bdi>:{' '}
                      {[
                        section.applied > 0 ? t('merge.report.applied', count(section.applied)) : '',
                        section.conflicts > 0 ? t('merge.report.conflicts', count(section.conflicts)) : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </li>
                  ))}
                </ul>
              )}
              {contribution.unplaced.length > 0 && (
                <>
                  <p className="merge-report-unplaced-heading">{t('merge.report.unplacedHeading')}</p>
                  <ul className="merge-report-unplaced">
                    {contribution.unplaced.map((item, at) => (
                      <li key={at}>{unplacedText(item, name(item), t)}</li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
        {result.unread.map((file, index) => (
          <li key={`unread-${index}`} className="merge-report-item merge-status-unread">
            <p className="merge-report-who">
              <bdi className="merge-report-name">{file.source}</bdi>
              <span className="merge-report-status">{t('merge.report.unread')}</span>
            </p>
            <p className="merge-report-file">{file.message}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
