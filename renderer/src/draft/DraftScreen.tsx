// A draft open for writing: header, outline, and either the overview (coverage) or one section.
import { startTransition, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionStatus } from '../../../shared/model/draft';
import type { SectionField } from '../../../shared/model/section-fields';
import type { Language } from '../../../shared/model/languages';
import type { ContentReader } from '../editor';
import type { Route } from '../app/route';
import type { DraftDetails } from '../storage/repository';
import { loadLanguage } from '../i18n/resources';
import { quietBatcher } from '../ui/quiet-batch';
import { DraftNotices } from '../backup/DraftNotices';
import { RescueNotice } from '../rescue/RescueNotice';
import { ChangeTemplateButton } from '../templates/ChangeTemplateButton';
import { useToasts } from '../ui/Toasts';
import { onScreenDraft } from '../versions/open-draft';
import { VersionsButton } from '../versions/VersionsButton';
import { CoverageView } from './CoverageView';
import { DetailsButton } from './DetailsButton';
import { DraftHeader } from './DraftHeader';
import { footnoteStarts } from '../../../shared/model/footnotes';
import { draftReducer, openDraft, type DraftAction, type OpenDraft } from './draft-state';
import { DraftUnavailable } from './DraftUnavailable';
import { Outline } from './Outline';
import { SectionView } from './SectionView';
import { ReviewerNameDialog } from '../review/ReviewerNameDialog';
import { useSuggesting } from '../review/suggesting/use-suggesting';
import { FieldTextsContext } from '../editor/field/field-texts-context';
import { fieldTexts } from '../../../shared/model/field-texts';
import { useDocumentTypeface } from '../language/document-typeface';
import { useServices } from '../services/context';
import { prepareNumberFormat } from '../ui/format';
import type { Clearance } from '../../../shared/collab/model';
import { ClearanceButton } from '../clearance/ClearanceButton';
import { useClearanceMarks } from '../clearance/use-clearance-marks';
import { useContributionActions } from '../merge/use-contribution-actions';
import { useWordReviewActions } from '../review/word/use-word-review-actions';
import { useSubmissionActions } from '../submission/use-submission-actions';
import { useAppCommand } from '../files/use-app-command';
import { authorsOf } from '../merge/people';
import { openCounts } from '../merge/review-model';
import type { AuthorLookup } from '../editor';
import type { Review } from '../../../shared/review/model';
import type { EditorHandle } from '../editor';
import { CommentsPane } from '../review/comments/CommentsPane';
import { useOutlineReviewCounts, type LiveSectionReview } from '../review/comments/outline-counts';
import { lazyPart } from '../ui/Lazy';
import { useAfterPaint } from '../ui/use-after-paint';

// Shown only for drafts with contributions or for a contributor's copy: loaded when first needed.
const ContributionsBar = lazyPart(() => import('../merge/ContributionsBar'), 'ContributionsBar', { quiet: true });
const ContributionBanner = lazyPart(() => import('../contribution/ContributionBanner'), 'ContributionBanner', {
  quiet: true,
});

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'trashed'; title: string }
  | { kind: 'failed' }
  | { kind: 'ready' };
type ScreenAction =
  | DraftAction
  | { type: 'loaded'; draft: OpenDraft }
  | { type: 'language'; language: Language }
  | { type: 'details'; details: DraftDetails }
  | { type: 'clearance'; clearance: Clearance };

function reducer(state: OpenDraft | null, action: ScreenAction): OpenDraft | null {
  if (action.type === 'loaded') return action.draft;
  // The document language changes only the draft's metadata; its text stays as written.
  if (action.type === 'language') return state && { ...state, meta: { ...state.meta, language: action.language } };
  if (action.type === 'details') return state && { ...state, meta: { ...state.meta, fields: action.details } };
  // Clearing or a new path changes only the draft's clearance record; the text stays as it is.
  if (action.type === 'clearance') return state && { ...state, meta: { ...state.meta, clearance: action.clearance } };
  return state && draftReducer(state, action);
}

const NO_SECTIONS: OpenDraft['sections'] = [];

interface DraftScreenProps {
  draftId: string;
  sectionId: string | null;
  navigate(route: Route): void;
}

export function DraftScreen({ draftId, sectionId, navigate }: DraftScreenProps) {
  const { autosaver, editGuard, repository } = useServices();
  const { t, i18n } = useTranslation('draft');
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [draft, dispatch] = useReducer(reducer, null);
  const [loadCount, setLoadCount] = useState(0);
  // Bumped when the stored draft was rewritten while on screen (a merge, a review): the section's
  // editor is built again with the new text, without the screen going through "Loading".
  const [revision, setRevision] = useState(0);
  const [showAuthors, setShowAuthors] = useState(false);
  const toasts = useToasts();
  // After a restore or a conflict: read the draft again, remounting the editors with its text.
  const reload = useCallback(() => {
    setLoaded({ kind: 'loading' });
    setLoadCount((n) => n + 1);
  }, []);
  const onScreen = useCallback(() => onScreenDraft(draft!), [draft]);
  const refresh = useCallback(async () => {
    const stored = await repository.get(draftId);
    if (!stored) return reload();
    editGuard.opened(stored);
    dispatch({ type: 'loaded', draft: openDraft(stored) });
    setRevision((n) => n + 1);
  }, [repository, editGuard, draftId, reload]);
  const suggesting = useSuggesting({
    draftId,
    loaded: draft !== null,
    review: draft?.meta.review,
    onReview: (review) => dispatch({ type: 'review', review }),
    onRewritten: refresh,
  });
  const collaboration = draft?.meta.collaboration;
  const authors = useMemo(() => authorsOf(collaboration), [collaboration]);
  const reviewCounts = useMemo(() => openCounts({ collaboration }), [collaboration]);
  const openTotal = useMemo(() => {
    const total = { changes: 0, conflicts: 0 };
    for (const count of reviewCounts.values()) {
      total.changes += count.changes;
      total.conflicts += count.conflicts;
    }
    return total;
  }, [reviewCounts]);
  const contributionActions = useContributionActions({
    draftId,
    language: draft?.meta.language ?? 'en',
    draft: onScreen,
    onChanged: refresh,
  });
  const submission = useSubmissionActions(draftId);
  const wordReview = useWordReviewActions({ draftId, language: draft?.meta.language ?? 'en', onChanged: refresh });
  // The native menu's review items, as the File menu offers them (not in a contributor's copy).
  const offersWordReview = draft !== null && !draft.meta.contribution;
  useAppCommand('export-for-review', () => offersWordReview && wordReview.open('export'));
  useAppCommand('bring-back-review', () => offersWordReview && wordReview.open('bring-back'));
  const authorOf = useMemo<AuthorLookup | null>(
    () => (showAuthors ? (id) => authors.get(id) ?? null : null),
    [showAuthors, authors],
  );
  useDocumentTypeface(draft?.meta.language ?? 'en');
  const meta = draft?.meta;
  const texts = useMemo(() => (meta ? fieldTexts(meta) : {}), [meta]);
  const clearanceMarks = useClearanceMarks(meta?.clearance, draft?.sections ?? NO_SECTIONS, texts);
  // What waits until the opened draft has been painted: the outline's list of sections, and its
  // comment figures, read from every section's text (long in a long draft). The open section's
  // figures come from its editor (the comments pane).
  const [liveReview, setLiveReview] = useState<LiveSectionReview | null>(null);
  const painted = useAfterPaint(loaded.kind === 'ready');
  const commentCounts = useOutlineReviewCounts(
    painted ? draft?.sections : undefined,
    meta?.review,
    liveReview?.sectionId === sectionId ? liveReview : null,
  );
  const onReview = useCallback((review: Review) => dispatch({ type: 'review', review }), []);
  // The open section's figures as its editor holds them: the outline follows as a transition, so
  // the first report, as the section opens, is not one more render of the whole screen in a row.
  const onLiveReview = useCallback((live: LiveSectionReview) => startTransition(() => setLiveReview(live)), []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        // Anything still pending from another draft goes to disk first.
        await autosaver.flush();
        // The editors show the stored text from now on; text storage refused stays in the rescue store.
        autosaver.forgetRefused(draftId);
        const reading = repository.get(draftId);
        // The outline's word counts need the number formatter: made while storage reads.
        prepareNumberFormat(i18n.language);
        const stored = await reading;
        if (cancelled) return;
        if (!stored) return setLoaded({ kind: 'missing' });
        if (stored.summary.deletedAt !== null) return setLoaded({ kind: 'trashed', title: stored.draft.fields.title });
        // Headings and sub-headings are in the document's language, which may not be the UI's.
        await loadLanguage(stored.draft.language);
        if (cancelled) return;
        editGuard.opened(stored);
        // Rendered as a transition: React yields to the browser between the screen's parts
        // (header, outline, section, editor) instead of building them all in one long task.
        startTransition(() => {
          dispatch({ type: 'loaded', draft: openDraft(stored) });
          setLoaded({ kind: 'ready' });
        });
      } catch {
        if (!cancelled) setLoaded({ kind: 'failed' });
      }
    })();
    return () => {
      cancelled = true;
      void autosaver.flush();
    };
  }, [autosaver, editGuard, repository, draftId, loadCount, i18n]);

  // The outline and word counts follow a few times a second while typing, when the page is idle
  // and as a transition (a quick typist's next key interrupts the recount): a keystroke's frame
  // has only the editor's work, and only the blocks changed since are counted again, without
  // serialising the section (bench/). Storage gets every change at once.
  const showContent = useMemo(
    () =>
      quietBatcher<string, ContentReader>((batch) =>
        startTransition(() => {
          for (const [sectionId, read] of batch)
            dispatch({ type: 'content', sectionId, content: read, counts: read.counts });
        }),
      ),
    [],
  );
  // Storage is handed the editor's reader: the section is serialised when written, not per key.
  const onContent = useCallback(
    (id: string, read: ContentReader) => {
      showContent(id, read);
      autosaver.change(draftId, id, { content: read });
    },
    [autosaver, draftId, showContent],
  );
  const onFootnotes = useCallback(
    (id: string, count: number) => startTransition(() => dispatch({ type: 'footnotes', sectionId: id, count })),
    [],
  );
  const onStatus = useCallback(
    (id: string, status: SectionStatus) => {
      dispatch({ type: 'status', sectionId: id, status });
      autosaver.change(draftId, id, { status });
      void autosaver.flush();
    },
    [autosaver, draftId],
  );
  // Fields are saved like a status, through the autosave, but debounced: a short text is typed.
  const onFields = useCallback(
    (id: string, fields: SectionField[]) => {
      dispatch({ type: 'fields', sectionId: id, fields });
      autosaver.change(draftId, id, { fields });
    },
    [autosaver, draftId],
  );
  const openSection = useCallback(
    (id: string) => navigate({ screen: 'draft', draftId, sectionId: id }),
    [draftId, navigate],
  );

  // The header stays as it is while the user types (the outline's word counts follow the text a
  // few times a second and re-render the screen): its versions button reads the draft on screen
  // when used, through a reader that does not change with every keystroke.
  const onScreenRef = useRef(draft);
  useEffect(() => {
    onScreenRef.current = draft;
  });
  const latestDraft = useCallback(() => onScreenDraft(onScreenRef.current!), []);
  const fileItems = useMemo(
    () => (meta?.contribution ? [] : [...contributionActions.items, ...wordReview.items, ...submission.items]),
    [meta?.contribution, contributionActions.items, wordReview.items, submission.items],
  );
  const header = useMemo(
    () =>
      meta && (
        <DraftHeader
          meta={meta}
          onLanguageChange={(language) => dispatch({ type: 'language', language })}
          fileItems={fileItems}
          tools={
            <>
              <DetailsButton
                meta={meta}
                onSaved={(details) => dispatch({ type: 'details', details })}
                onReload={reload}
              />
              <VersionsButton
                draft={latestDraft}
                onRestored={(message) => {
                  reload();
                  toasts.show({ message });
                }}
              />
              {/* A contributor writes into the lead's sections: the template (and its section ids) stay the lead's. */}
              {!meta.contribution && (
                <ChangeTemplateButton
                  draftId={draftId}
                  templateId={meta.templateId}
                  onChanged={(message) => {
                    reload();
                    toasts.show({ message });
                  }}
                />
              )}
            </>
          }
        />
      ),
    [meta, fileItems, latestDraft, reload, toasts, draftId],
  );

  const section = draft?.sections.find((s) => s.id === sectionId) ?? null;
  const title = draft?.meta.fields.title;
  useEffect(() => {
    if (title) document.title = t('header.documentTitle', { title, app: t('app.name', { ns: 'common' }) });
  }, [title, t]);

  // Moving to another section or the overview puts focus on its heading, as a page load would.
  useEffect(() => {
    if (loaded.kind !== 'ready') return;
    const heading = document.querySelector<HTMLElement>('.draft-main h2[tabindex="-1"]');
    if (heading && !heading.contains(document.activeElement)) heading.focus({ preventScroll: false });
  }, [loaded.kind, sectionId]);

  if (loaded.kind !== 'ready' || !draft) {
    const restore = () => void repository.restore(draftId).then(() => setLoadCount((n) => n + 1));
    return <DraftUnavailable state={loaded.kind === 'ready' ? { kind: 'loading' } : loaded} onRestore={restore} />;
  }

  const starts = footnoteStarts(draft.sections);
  // A contributor's copy: only the sections asked for are written here, the others are read.
  const ticket = draft.meta.contribution;
  return (
    <div className="app draft-screen">
      {header}
      <div className="draft-layout">
        <Outline
          draftId={draftId}
          sections={draft.sections}
          language={draft.meta.language}
          currentSectionId={section?.id ?? null}
          clearanceSteps={draft.meta.clearance?.steps}
          clearanceMarks={clearanceMarks}
          tools={
            <ClearanceButton draft={onScreen} onChanged={(clearance) => dispatch({ type: 'clearance', clearance })} />
          }
          reviewCounts={reviewCounts}
          asked={ticket?.sections}
          commentCounts={commentCounts}
          listed={painted}
        />
        <main className="draft-main" id="main">
          <DraftNotices draftId={draftId} draft={onScreen} onReload={reload}>
            <RescueNotice draftId={draftId} draft={onScreen} />
          </DraftNotices>
          {ticket && (
            <ContributionBanner
              draftId={draftId}
              ticket={ticket}
              sections={draft.sections}
              language={draft.meta.language}
              onOpenSection={openSection}
            />
          )}
          {(authors.size > 1 || openTotal.changes + openTotal.conflicts > 0) && (
            <ContributionsBar
              authors={[...authors.values()]}
              open={openTotal}
              onReview={contributionActions.openReview}
              shown={showAuthors}
              onShow={setShowAuthors}
            />
          )}
          {section ? (
            <FieldTextsContext value={texts}>
              <SectionView
                key={`${section.id}:${revision}`}
                section={section}
                language={draft.meta.language}
                submitterKind={draft.meta.submitterKind}
                footnoteStart={starts.get(section.id) ?? 1}
                readOnly={ticket !== undefined && !ticket.sections.includes(section.id)}
                onContent={onContent}
                onFootnotes={onFootnotes}
                onStatus={onStatus}
                onFields={onFields}
                clearance={
                  draft.meta.clearance && clearanceMarks.get(section.id)
                    ? { steps: draft.meta.clearance.steps, mark: clearanceMarks.get(section.id)!, fields: texts }
                    : undefined
                }
                authorOf={authorOf}
                suggesting={suggesting}
                comments={(handle: EditorHandle | null) => (
                  <CommentsPane
                    key={`${section.id}:${revision}`}
                    draftId={draftId}
                    sectionId={section.id}
                    handle={handle}
                    review={draft.meta.review}
                    readOnly={ticket !== undefined && !ticket.sections.includes(section.id)}
                    onReview={onReview}
                    onLive={onLiveReview}
                  />
                )}
              />
            </FieldTextsContext>
          ) : (
            <CoverageView
              title={draft.meta.fields.title}
              language={draft.meta.language}
              sections={draft.sections}
              onOpen={openSection}
            />
          )}
        </main>
      </div>
      {contributionActions.dialogs}
      {wordReview.dialogs}
      {submission.dialogs}
      {suggesting.askingName && (
        <ReviewerNameDialog onSaved={suggesting.nameGiven} onClose={suggesting.nameDismissed} />
      )}
    </div>
  );
}
