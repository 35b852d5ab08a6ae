// One section on screen: its heading, the norm's official text and guidance for norm sections,
// its status and word count, and the editor (on the first screen even for an empty norm). Mounted once per section (keyed by its id), so the
// callbacks below are bound to this section for as long as it is on screen.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/languages';
import type { SectionStatus, SubmitterKind } from '../../../shared/model/draft';
import { NormTextPanel } from '../language/NormTextPanel';
import { formatNumber } from '../ui/format';
import type { SectionState } from './draft-state';
import type { AuthorLookup, ContentReader, EditorHandle } from '../editor';
import { SectionEditor } from './editor-slot';
import { GuidancePanel } from './GuidancePanel';
import { SectionFields } from './SectionFields';
import type { SectionField } from '../../../shared/model/section-fields';
import { normTag } from '../templates/section-names';
import { SectionTitle } from './SectionTitle';
import { StatusSelect } from './StatusSelect';
import type { ClearanceStep } from '../../../shared/collab/model';
import type { FieldTexts } from '../../../shared/model/field-texts';
import { lazyPart } from '../ui/Lazy';
import type { ClearanceMark } from '../clearance/use-clearance-marks';
import { sectionName } from '../templates/section-names';
import { forEachReviewNode } from '../../../shared/review/content';
import { forEachParagraphMark } from '../../../shared/review/paragraph-marks';
import { SuggestionTools } from '../review/suggesting/SuggestionTools';
import type { Suggesting } from '../review/suggesting/use-suggesting';

// Only a cleared section shows it: loaded when first needed.
const SectionClearance = lazyPart(() => import('../clearance/SectionClearance'), 'SectionClearance', { quiet: true });

interface SectionViewProps {
  section: SectionState;
  language: Language;
  /** Who submits the draft: a norm's placeholder asks a State and an organisation differently. */
  submitterKind: SubmitterKind;
  footnoteStart: number;
  /** The section's content, as a reader of the editor's current text. */
  onContent(sectionId: string, read: ContentReader): void;
  onFootnotes(sectionId: string, count: number): void;
  onStatus(sectionId: string, status: SectionStatus): void;
  /** The section's structured fields changed (absent: shown read-only). */
  onFields?(sectionId: string, fields: SectionField[]): void;
  /** The section's latest clearance, when it has one. */
  clearance?: { steps: readonly ClearanceStep[]; mark: ClearanceMark; fields: FieldTexts } | undefined;
  /** "Show who wrote what": each paragraph's author; null when not shown. */
  authorOf?: AuthorLookup | null;
  /** In a contributor's copy, a section not asked of them: shown, not edited. */
  readOnly?: boolean;
  /** "Suggest changes" and the decisions on suggestions; absent: not offered. */
  suggesting?: Suggesting;
  /** The comments pane, given the section's editor once built; beside the text, or below it. */
  comments?: (handle: EditorHandle | null) => ReactNode;
}

export function SectionView({
  section,
  language,
  submitterKind,
  footnoteStart,
  onContent,
  onFootnotes,
  onStatus,
  onFields,
  clearance,
  authorOf = null,
  readOnly = false,
  suggesting,
  comments,
}: SectionViewProps) {
  const { t, i18n } = useTranslation('draft');
  const sectionId = section.id;
  // The editor owns the text once mounted: give it the content as it was when the section opened.
  const [initialContent] = useState(() => section.content());
  const subheadingKeys = section.subheadingKeys;
  const uiLanguage = i18n.language;
  const subheadings = useMemo(() => {
    // Sub-headings go into the document, so their text is in the document's language; the chip
    // that inserts one is named in the interface's language.
    const inDocumentLanguage = i18n.getFixedT(language, 'templates');
    const inInterface = i18n.getFixedT(uiLanguage, 'templates');
    return (subheadingKeys ?? []).map((key) => ({ label: inInterface(key), text: inDocumentLanguage(key) }));
  }, [i18n, language, uiLanguage, subheadingKeys]);
  const headingId = `section-heading-${sectionId}`;
  // Memoised: the editor is not rendered again on every keystroke of the draft view.
  const [initiallySuggested] = useState(() => {
    let suggested = false;
    forEachReviewNode(initialContent, (node) => (suggested ||= node.type === 'suggestion'));
    forEachParagraphMark(initialContent, () => (suggested = true));
    return suggested;
  });
  const reviewTools = useMemo(
    () =>
      suggesting && !readOnly ? (
        <SuggestionTools suggesting={suggesting} sectionId={sectionId} initiallySuggested={initiallySuggested} />
      ) : null,
    [suggesting, readOnly, sectionId, initiallySuggested],
  );
  const normPlaceholder = submitterKind === 'state' ? t('placeholder.normState') : t('placeholder.normStakeholder');
  const placeholder = section.norm ? normPlaceholder : t('placeholder.section');
  const handleChange = useCallback((read: ContentReader) => onContent(sectionId, read), [onContent, sectionId]);
  const handleFootnotes = useCallback((count: number) => onFootnotes(sectionId, count), [onFootnotes, sectionId]);
  // Stable, so that the memoised answers panel is not rendered again with each recount while typing.
  const handleFields = useCallback((fields: SectionField[]) => onFields?.(sectionId, fields), [onFields, sectionId]);
  const [editorHandle, setEditorHandle] = useState<EditorHandle | null>(null);

  return (
    <article className={`section-view${readOnly ? ' section-view-read-only' : ''}`} aria-labelledby={headingId}>
      <header className="section-view-header">
        {section.norm && <p className="section-eyebrow">{normTag(section, t)}</p>}
        <h2 id={headingId} className="section-heading" tabIndex={-1}>
          <SectionTitle section={section} language={language} />
        </h2>
        <div className="section-tools">
          {!readOnly && <StatusSelect value={section.status} onChange={(status) => onStatus(sectionId, status)} />}
          <p className="section-words" aria-live="off">
            {t('words', { count: section.words, formatted: formatNumber(section.words, i18n.language) })}
          </p>
        </div>
        {clearance && (
          <SectionClearance
            mark={clearance.mark}
            steps={clearance.steps}
            sectionName={sectionName(section, t, language)}
            content={section.content}
            fields={clearance.fields}
            language={language}
            footnoteStart={footnoteStart}
          />
        )}
      </header>
      {readOnly && <p className="section-read-only">{t('contribution.readOnly')}</p>}
      {section.norm && <NormTextPanel letter={section.norm} language={language} />}
      <GuidancePanel keys={section.guidanceKeys ?? []} />
      <div className="section-editor-frame">
        <SectionEditor
          sectionId={sectionId}
          initialContent={initialContent}
          language={language}
          footnoteStart={footnoteStart}
          subheadings={subheadings}
          placeholder={placeholder}
          labelledBy={headingId}
          onChange={handleChange}
          onFootnoteCountChange={handleFootnotes}
          authorOf={authorOf}
          readOnly={readOnly}
          suggesting={readOnly ? null : suggesting?.session}
          onEditor={setEditorHandle}
        >
          {reviewTools}
        </SectionEditor>
        {comments?.(editorHandle)}
      </div>
      {section.fields && (
        <SectionFields fields={section.fields} readOnly={readOnly || !onFields} onChange={handleFields} />
      )}
    </article>
  );
}
