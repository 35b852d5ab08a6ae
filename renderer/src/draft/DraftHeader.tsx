// The draft's header: back to the library, title and submitter, save indicator, and the place
// where the draft's file actions (export, save as .normdraft, import) are mounted.
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/model/draft';
import { AppHeader } from '../app/AppHeader';
import { directionOf } from '../../../shared/model/languages';
import { languageName } from '../ui/format';
import { DraftActions } from './DraftActions';
import { SaveIndicator } from './SaveIndicator';

export function DraftHeader({ meta }: { meta: Omit<Draft, 'sections'> }) {
  const { t, i18n } = useTranslation('draft');
  const details = [meta.submitter, meta.forum, languageName(meta.language, i18n.language)].filter((part) => part.trim() !== '');
  return (
    <AppHeader>
      <a className="back-link" href="#/">
        <span className="back-arrow" aria-hidden="true" />
        {t('header.backToLibrary')}
      </a>
      <div className="draft-identity">
        {/* The title is document text; its own direction also keeps the ellipsis at its end. */}
        <h1 className="draft-title" lang={meta.language} dir={directionOf(meta.language)}>
          {meta.title}
        </h1>
        <p className="draft-details">{details.join(' · ')}</p>
      </div>
      <SaveIndicator />
      <DraftActions draftId={meta.id} />
    </AppHeader>
  );
}
