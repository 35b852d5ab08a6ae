// A norm's official text above its editor. English ships; for another document language the
// English text is shown with a clear mark that the official text in that language was not
// provided, and the user can paste it once (kept in the library for every draft in that
// language and for the export). A pasted text is always marked as provided by the user: the
// app never presents a text of its own as official. Above the text, the norm's label in the
// document's language ("Norme 7 (rapport de 2015 …)"), as the Word export heads the norm: the
// label is the document's own wording, the text after it is never translated.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NormLetter } from '../../../shared/model/draft';
import { directionOf, type Language } from '../../../shared/model/languages';
import { normHeadingLine, normLabel, officialNorm } from '../../../shared/norms/official';
import { useToasts } from '../ui/Toasts';
import { DOCUMENT_LANGUAGE_KEYS, type OtherLanguage } from './labels';
import { NormTextForm } from './NormTextForm';
import { lazyPart } from '../ui/Lazy';
import { useNormText } from './use-norm-text';
import './norm-text.css';

// Loaded when first opened (see ui/Lazy.tsx).
const NormTextsDialog = lazyPart(() => import('./NormTextsDialog'), 'NormTextsDialog');

function EnglishOfficialText({ letter }: { letter: NormLetter }) {
  return (
    <blockquote className="norm-text-quote" lang="en" dir="ltr">
      <p>{normHeadingLine(letter)}</p>
    </blockquote>
  );
}

/** The label the export puts before the norm's text, in the document's language. */
function DocumentLabel({ letter, language }: { letter: NormLetter; language: OtherLanguage }) {
  return (
    <p className="norm-text-label" lang={language} dir={directionOf(language)}>
      {normLabel(letter, language)}
    </p>
  );
}

export function NormTextPanel({ letter, language }: { letter: NormLetter; language: Language }) {
  const { t } = useTranslation(['language', 'draft']);
  if (language === 'en') {
    return (
      <figure className="norm-text" data-official-source="shipped">
        <EnglishOfficialText letter={letter} />
        <figcaption className="norm-text-caption">{t('draft:norm.officialCaption')}</figcaption>
      </figure>
    );
  }
  return <OtherLanguageWithLibrary letter={letter} language={language} />;
}

/** The norm's text, and the way to all the texts the user provided (reloaded when it closes). */
function OtherLanguageWithLibrary({ letter, language }: { letter: NormLetter; language: OtherLanguage }) {
  const { t } = useTranslation('language');
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <OtherLanguageNormText
        key={`${language}:${letter}:${generation}`}
        letter={letter}
        language={language}
        libraryLink={
          <button type="button" className="norm-text-library-link" onClick={() => setLibraryOpen(true)}>
            {t('library.open')}
          </button>
        }
      />
      {libraryOpen && (
        <NormTextsDialog
          onClose={() => {
            setLibraryOpen(false);
            setGeneration((g) => g + 1);
          }}
        />
      )}
    </>
  );
}

function OtherLanguageNormText({
  letter,
  language,
  libraryLink,
}: {
  letter: NormLetter;
  language: OtherLanguage;
  libraryLink: ReactNode;
}) {
  const { t } = useTranslation(['language', 'draft']);
  const toasts = useToasts();
  const { text, save, remove } = useNormText(language, letter);
  const [editing, setEditing] = useState(false);
  const provided = typeof text === 'string';

  const form = editing && (
    <NormTextForm
      language={language}
      norm={letter}
      initial={text ?? ''}
      onSave={async (raw) => {
        await save(raw);
        toasts.show({ message: t('normText.saved') });
      }}
      onRemove={
        provided
          ? async () => {
              await remove();
              toasts.show({ message: t('normText.removed') });
            }
          : undefined
      }
      onClose={() => setEditing(false)}
    />
  );

  if (provided) {
    return (
      <figure className="norm-text norm-text-provided" data-official-source="user">
        <p className="norm-text-status norm-text-status-provided">
          <span className="norm-text-mark" aria-hidden="true" />
          {t(DOCUMENT_LANGUAGE_KEYS.provided[language])}
        </p>
        <DocumentLabel letter={letter} language={language} />
        <blockquote className="norm-text-quote" lang={language} dir={directionOf(language)}>
          <p>{text}</p>
        </blockquote>
        <figcaption className="norm-text-caption">{t('normText.providedHint')}</figcaption>
        <details className="norm-text-english">
          <summary>{t('normText.showEnglish')}</summary>
          <EnglishOfficialText letter={letter} />
        </details>
        {form || (
          <button type="button" className="button button-small norm-text-action" onClick={() => setEditing(true)}>
            {t('normText.edit')}
          </button>
        )}
        {libraryLink}
      </figure>
    );
  }

  return (
    <figure className="norm-text norm-text-missing" data-official-source={text === undefined ? 'loading' : 'shipped'}>
      {text === null && (
        <p className="norm-text-status norm-text-status-missing">
          <span className="norm-text-mark" aria-hidden="true" />
          {t(DOCUMENT_LANGUAGE_KEYS.missing[language])}
        </p>
      )}
      <DocumentLabel letter={letter} language={language} />
      <blockquote className="norm-text-quote" lang="en" dir="ltr">
        <p>{officialNorm(letter).officialTextEn}</p>
      </blockquote>
      <figcaption className="norm-text-caption">{t('draft:norm.officialCaption')}</figcaption>
      {text === null && <p className="norm-text-hint">{t('normText.missingHint')}</p>}
      {text === null && form}
      {/* On one row, so the place to type stays on the first screen of an empty norm. */}
      <div className="norm-text-actions">
        {text === null && !form && (
          <button type="button" className="button button-small norm-text-action" onClick={() => setEditing(true)}>
            {t(DOCUMENT_LANGUAGE_KEYS.add[language])}
          </button>
        )}
        {libraryLink}
      </div>
    </figure>
  );
}
