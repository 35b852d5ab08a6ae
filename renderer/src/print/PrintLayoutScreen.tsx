// Print layout: the draft as the Word file will show it (A4 pages, title block, norm headings,
// footnotes at the bottom of each page, structured answers and the capacity annex), from the same
// public projection and outline the writer uses, with the export choices remembered for this
// draft. Loaded only when opened. Esc, "Back to editing" or the browser's Back return to the
// section the user came from.
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { documentOutline } from '../../../shared/docx/outline';
import type { Draft } from '../../../shared/model/draft';
import { directionOf } from '../../../shared/model/languages';
import { AppHeader } from '../app/AppHeader';
import { BackToLibrary } from '../app/BackToLibrary';
import type { Route } from '../app/route';
import { loadExportOptions } from '../export/remembered-options';
import { liveDraftIfStored } from '../storage/live-draft';
import { pageContent, type PageContent } from './page-content';
import { Pages } from './Pages';
import { useServices, type Services } from '../services/context';
import { publicDraft } from '../../../shared/collab/public-draft';
import { capacityNeeds } from '../../../shared/capacity/capacity-needs';
import { capacityAnnexTexts } from '../../../shared/docx/answer-texts';
import { changesAnnexLines } from '../../../shared/docx/changes-annex-lines';
import './print.css';

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed' }
  | { kind: 'ready'; draft: Draft; content: PageContent; headerLine: string; font: string };

/** The export's typefaces for the document's language (shared/docx/language.ts), as a CSS list. */
function fontFamily(fonts: { ascii?: string; eastAsia?: string }): string {
  return [fonts.ascii, fonts.eastAsia]
    .filter((f): f is string => !!f)
    .map((f) => `"${f}"`)
    .concat('sans-serif')
    .join(', ');
}

async function load({ autosaver, repository, normTexts }: Services, draftId: string): Promise<State> {
  const live = await liveDraftIfStored(draftId, { autosaver, repository });
  if (!live) return { kind: 'missing' };
  const { draft } = live;
  const [options, officialTexts] = await Promise.all([
    loadExportOptions(repository, draftId),
    normTexts.forLanguage(draft.language).catch(() => ({})),
  ]);
  const shown = publicDraft(draft);
  const outline = documentOutline(shown, options, officialTexts);
  return {
    kind: 'ready',
    draft,
    content: pageContent(outline, {
      changes: options.changesAnnex ? changesAnnexLines(shown, draft.language) : null,
      capacity: capacityAnnexTexts(capacityNeeds(shown), options, outline.profile),
    }),
    headerLine: outline.headerLine,
    font: fontFamily(outline.profile.fonts),
  };
}

export default function PrintLayoutScreen({
  draftId,
  sectionId,
  navigate,
}: {
  draftId: string;
  sectionId: string | null;
  navigate(route: Route): void;
}) {
  const { t } = useTranslation(['export', 'draft']);
  const services = useServices();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [pageCount, setPageCount] = useState<number | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const back = useCallback(() => navigate({ screen: 'draft', draftId, sectionId }), [navigate, draftId, sectionId]);

  useEffect(() => {
    let current = true;
    load(services, draftId).then(
      (next) => current && setState(next),
      () => current && setState({ kind: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [services, draftId]);

  useEffect(() => {
    if (state.kind === 'ready') title.current?.focus();
  }, [state.kind]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) back();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [back]);

  const language = state.kind === 'ready' ? state.draft.language : undefined;
  return (
    <>
      <AppHeader>
        <BackToLibrary />
        <div className="draft-identity">
          <h1 className="draft-title" ref={title} tabIndex={-1} lang={language} dir={language && directionOf(language)}>
            {state.kind === 'ready' ? state.draft.fields.title : t('printLayout.title')}
          </h1>
          <p className="draft-details" aria-live="polite">
            {t('printLayout.title')}
            {pageCount !== null && ` · ${t('printLayout.pageCount', { count: pageCount })}`}
          </p>
        </div>
        <div className="file-actions print-actions">
          <button
            type="button"
            className="button button-small header-button"
            onClick={() => window.print()}
            disabled={pageCount === null}
          >
            {t('printLayout.print')}
          </button>
          <button type="button" className="button button-small header-button header-button-primary" onClick={back}>
            {t('printLayout.back')}
          </button>
        </div>
      </AppHeader>
      <main className="app-main print-layout" id="main">
        {state.kind === 'loading' && <p className="loading">{t('printLayout.loading')}</p>}
        {state.kind === 'missing' && <p role="alert">{t('printLayout.missing')}</p>}
        {state.kind === 'failed' && <p role="alert">{t('printLayout.failed')}</p>}
        {state.kind === 'ready' && (
          <>
            <p className="print-note">{t('printLayout.note')}</p>
            <div
              className="pl-document"
              lang={state.draft.language}
              dir={directionOf(state.draft.language)}
              style={{ '--pl-font': state.font } as CSSProperties}
            >
              <Pages content={state.content} headerLine={state.headerLine} onPages={setPageCount} />
            </div>
          </>
        )}
      </main>
    </>
  );
}
