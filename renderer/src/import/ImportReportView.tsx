// The import report: what was found (the 11 norms at a glance, footnotes kept), what could not be
// placed (with a way to move each block), and notes on what was left out.
import { useTranslation } from 'react-i18next';
import type { NormLetter } from '../../../shared/model/draft';
import { normTag } from '../templates/section-names';
import { templateById } from '../templates/registry';
import { DocumentText } from '../ui/DocumentText';
import { languageName } from '../ui/format';
import { FORMAT_KEYS, WARNING_KEYS } from './labels';
import { moveTargets, type ImportOutcome } from './move-block';
import { ImportReviewNote } from './ImportReviewNote';
import { NormGrid } from './NormGrid';
import type { TrackedChangesChoice } from '../../../shared/import/docx/tracked-changes';
import { placingOutcome } from '../../../shared/import/report';
import { UnplacedBlocks } from './UnplacedBlocks';

interface ImportReportViewProps {
  outcome: ImportOutcome;
  titleId: string;
  onMove(position: number, targetId: string): void;
  /** Adds and opens the draft with its Details dialog open. */
  onEnterDetails(): void;
  /** Imports the file again, taking or leaving its tracked changes. */
  onTrackedChanges(choice: TrackedChangesChoice): void;
}

export function ImportReportView({
  outcome,
  titleId,
  onMove,
  onEnterDetails,
  onTrackedChanges,
}: ImportReportViewProps) {
  const { t } = useTranslation(['import', 'templates']);
  const { draft, report } = outcome;
  const template = templateById(report.templateId);
  const templateName = template ? t(template.nameKey, { ns: 'templates' }) : report.templateId;
  const placing = placingOutcome(report);
  const letters = (list: readonly NormLetter[]) =>
    list.map((norm) => normTag({ norm }, t)).join(t('report.listSeparator'));
  return (
    <div className="import-report">
      <h2 id={titleId} className="modal-title">
        {t('report.title')}
      </h2>
      <p className="import-identity">
        <DocumentText language={draft.language}>{draft.fields.title}</DocumentText>
        <span className="import-submitter">
          <DocumentText language={draft.language}>{draft.fields.submitter}</DocumentText>
        </span>
      </p>
      <ul className="import-facts">
        <li>{t('report.format', { format: t(FORMAT_KEYS[report.format]) })}</li>
        <li>
          {t(report.templateDetected ? 'report.templateDetected' : 'report.templateChosen', { template: templateName })}
        </li>
        <li>{t('report.language', { language: languageName(report.language, t) })}</li>
      </ul>
      {!report.submitterFound && (
        <div className="import-note">
          <p>{t('report.submitterMissing')}</p>
          <button type="button" className="button button-small" onClick={onEnterDetails}>
            {t('report.enterDetails')}
          </button>
        </div>
      )}

      <section className="import-part" aria-labelledby={`${titleId}-norms`}>
        <h3 id={`${titleId}-norms`}>{t('report.normsFound', { found: report.normsFound.length })}</h3>
        <NormGrid found={report.normsFound} />
        <p>
          {report.normsMissing.length === 0
            ? t('report.allNormsFound')
            : t('report.normsMissing', { letters: letters(report.normsMissing) })}
        </p>
        <p className="import-footnotes">{t('report.footnotesKept', { count: report.footnotesKept })}</p>
      </section>

      {report.review && (
        <ImportReviewNote
          review={report.review}
          headingId={`${titleId}-review`}
          language={draft.language}
          onChoose={onTrackedChanges}
        />
      )}

      <section className="import-part" aria-labelledby={`${titleId}-unplaced`}>
        <h3 id={`${titleId}-unplaced`}>{t('report.unplacedTitle')}</h3>
        {placing !== 'unplaced' ? (
          <p>{placing === 'all' ? t('report.noUnplaced') : t('report.placedWithNotes')}</p>
        ) : (
          <>
            <p>{t('report.unplacedCount', { count: report.unplaced.length })}</p>
            <p className="field-hint">{t('report.unplacedHint')}</p>
            <UnplacedBlocks
              blocks={report.unplaced}
              targets={moveTargets(outcome)}
              language={draft.language}
              onMove={onMove}
            />
          </>
        )}
      </section>

      {report.warnings.length > 0 && (
        <section className="import-part" aria-labelledby={`${titleId}-warnings`}>
          <h3 id={`${titleId}-warnings`}>{t('report.warningsTitle')}</h3>
          <ul className="import-warnings">
            {report.warnings.map((warning, i) => (
              <li key={`${warning.code}-${i}`}>{t(WARNING_KEYS[warning.code], warning.params)}</li>
            ))}
          </ul>
        </section>
      )}

      <details className="import-part">
        <summary>{t('report.sectionsTitle')}</summary>
        <ul className="import-sections">
          {report.sections.map((section) => (
            <li key={section.id}>
              {t('report.sectionWords', {
                heading: section.norm ? `${normTag(section, t)} ${section.heading}` : section.heading,
                count: section.words,
              })}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
