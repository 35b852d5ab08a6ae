// The Export dialog's choices: empty sections (left out unless asked, and named), the form of
// norm headings, a header line, and what the file's properties say (author, dates).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionsLeftOut } from '../../../shared/docx/empty-sections';
import { capacityNeedRows } from '../../../shared/capacity/capacity-needs';
import { MAX_HEADER_LINE_CHARS, type DocxExportOptions } from '../../../shared/docx/options';
import type { Section } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { normTag, sectionTitle, titleIsDocumentText } from '../templates/section-names';

interface ExportFieldsProps {
  options: DocxExportOptions;
  submitter: string;
  /** The draft's sections and language, to name the sections left out. */
  sections: readonly Section[];
  documentLanguage: Language;
  /** The file for review, which does hold comments and tracked changes. */
  forReview?: boolean;
  /** The title of the edition this draft was made from, if it was: offers the changes annex. */
  previousEdition?: string;
  onChange(options: DocxExportOptions): void;
}

/** The sections the export will leave out, named as the outline names them. */
function LeftOutSections({
  id,
  sections,
  documentLanguage,
}: {
  id: string;
  sections: readonly Section[];
  documentLanguage: Language;
}) {
  const { t } = useTranslation('export');
  return (
    <div id={id} className="export-left-out">
      <p className="field-hint">{t('dialog.leftOut', { count: sections.length })}</p>
      <ul>
        {sections.map((section) => {
          const tag = normTag(section, t);
          return (
            <li key={section.id}>
              {tag && `${tag} – `}
              <span lang={titleIsDocumentText(section) ? documentLanguage : undefined}>{sectionTitle(section, t)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function RadioGroup<V extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
}: {
  legend: string;
  name: string;
  value: V;
  choices: [V, string][];
  onChange(value: V): void;
}) {
  return (
    <fieldset className="field">
      <legend className="field-label">{legend}</legend>
      <div className="inline-choices">
        {choices.map(([choice, label]) => (
          <label key={choice} className="inline-choice">
            <input
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ExportFields({
  options,
  submitter,
  sections,
  documentLanguage,
  forReview = false,
  previousEdition,
  onChange,
}: ExportFieldsProps) {
  const { t } = useTranslation('export');
  const id = useId();
  const set = <K extends keyof DocxExportOptions>(key: K, value: DocxExportOptions[K]) =>
    onChange({ ...options, [key]: value });
  const leftOut = sectionsLeftOut(sections, options.includeEmptySections);
  return (
    <>
      <div className="field">
        <label className="checkbox-field">
          <input
            type="checkbox"
            name="includeEmptySections"
            checked={options.includeEmptySections}
            aria-describedby={leftOut.length > 0 ? `${id}-left-out` : undefined}
            onChange={(e) => set('includeEmptySections', e.target.checked)}
          />
          {t('dialog.includeEmptySections')}
        </label>
        {leftOut.length > 0 && (
          <LeftOutSections id={`${id}-left-out`} sections={leftOut} documentLanguage={documentLanguage} />
        )}
      </div>
      {previousEdition !== undefined && (
        <div className="field">
          <label className="checkbox-field">
            <input
              type="checkbox"
              name="changesAnnex"
              checked={options.changesAnnex === true}
              onChange={(e) => set('changesAnnex', e.target.checked)}
            />
            {t('dialog.changesAnnex', { title: previousEdition })}
          </label>
        </div>
      )}
      {!forReview && capacityNeedRows(sections).length > 0 && (
        <div className="field">
          <label className="checkbox-field">
            <input
              type="checkbox"
              name="capacityAnnex"
              checked={options.capacityAnnex !== false}
              onChange={(e) => set('capacityAnnex', e.target.checked)}
            />
            {t('dialog.capacityAnnex')}
          </label>
        </div>
      )}
      <RadioGroup
        legend={t('dialog.headingForm.label')}
        name={`${id}-heading`}
        value={options.headingForm}
        choices={[
          ['official', t('dialog.headingForm.official')],
          ['short', t('dialog.headingForm.short')],
        ]}
        onChange={(v) => set('headingForm', v)}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-header`}>
          {t('dialog.headerLine.label')}
        </label>
        <input
          id={`${id}-header`}
          name="headerLine"
          type="text"
          value={options.headerLine}
          maxLength={MAX_HEADER_LINE_CHARS}
          placeholder={t('dialog.headerLine.placeholder')}
          aria-describedby={`${id}-header-hint`}
          autoComplete="off"
          onChange={(e) => set('headerLine', e.target.value)}
        />
        <p id={`${id}-header-hint`} className="field-hint">
          {t('dialog.headerLine.hint')}
        </p>
      </div>
      <fieldset className="field export-metadata" aria-describedby={`${id}-note`}>
        <legend className="field-label">{t('dialog.metadata.legend')}</legend>
        <RadioGroup
          legend={t('dialog.metadata.author.label')}
          name={`${id}-author`}
          value={options.authorMode}
          choices={[
            ['submitter', t('dialog.metadata.author.submitter', { submitter })],
            ['empty', t('dialog.metadata.author.empty')],
          ]}
          onChange={(v) => set('authorMode', v)}
        />
        <RadioGroup
          legend={t('dialog.metadata.timestamps.label')}
          name={`${id}-timestamps`}
          value={options.timestamps}
          choices={[
            ['export-time', t('dialog.metadata.timestamps.exportTime')],
            ['omit', t('dialog.metadata.timestamps.omit')],
          ]}
          onChange={(v) => set('timestamps', v)}
        />
        <p id={`${id}-note`} className="field-hint">
          {t(forReview ? 'forReview.metadataNote' : 'dialog.metadata.note')}
        </p>
      </fieldset>
    </>
  );
}
