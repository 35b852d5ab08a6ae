// The draft's header: back to the library, title and submitter, save indicator, and the place
// where the draft's file actions (export, save as .normdraft, import) are mounted.
import { Fragment, type ReactNode } from 'react';
import type { Draft } from '../../../shared/model/draft';
import { AppHeader } from '../app/AppHeader';
import { BackToLibrary } from '../app/BackToLibrary';
import { directionOf, type Language } from '../../../shared/model/languages';
import { DocumentLanguageButton } from '../language/DocumentLanguageButton';
import type { FileMenuItem } from '../files/FileMenu';
import { DraftActions } from './DraftActions';
import { SaveIndicator } from './SaveIndicator';

export function DraftHeader({
  meta,
  onLanguageChange,
  tools,
  fileItems,
}: {
  meta: Omit<Draft, 'sections'>;
  onLanguageChange(language: Language): void;
  tools?: ReactNode;
  /** Actions other features add to the File menu. */
  fileItems?: readonly FileMenuItem[];
}) {
  const details = [meta.fields.submitter, meta.fields.forum].filter((part) => part.trim() !== '');
  return (
    <AppHeader>
      <BackToLibrary />
      <div className="draft-identity">
        {/* The title is document text; its own direction also keeps the ellipsis at its end. */}
        <h1 className="draft-title" lang={meta.language} dir={directionOf(meta.language)} title={meta.fields.title}>
          {meta.fields.title}
        </h1>
        <p className="draft-details">
          {/* Names typed by the user: the line takes their own direction (dir="auto"), so a
              long Latin name in an Arabic interface is cut at its end, not its beginning; they
              give way (ellipsis) before the language button does, which stays whole and usable. */}
          {details.length > 0 && (
            <>
              <span className="draft-names" dir="auto" title={details.join(' · ')}>
                {details.map((part, index) => (
                  <Fragment key={index}>
                    {index > 0 && ' · '}
                    <bdi>{part}</bdi>
                  </Fragment>
                ))}
              </span>
              <span aria-hidden="true">·</span>
            </>
          )}
          <DocumentLanguageButton draftId={meta.id} language={meta.language} onChanged={onLanguageChange} />
        </p>
      </div>
      <SaveIndicator />
      {tools}
      <DraftActions draftId={meta.id} shareable={meta.contribution === undefined} more={fileItems} />
    </AppHeader>
  );
}
