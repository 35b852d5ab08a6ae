// The official norm texts kept in the library: for each language other than English (which
// ships), which of the 11 norms have a text the user provided, to read, change or remove, and
// paste the missing ones. Every text here is the user's, and is labelled so.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NORM_LETTERS, type NormLetter } from '../../../shared/model/draft';
import { directionOf, LANGUAGES } from '../../../shared/model/languages';
import { officialNorm } from '../../../shared/norms/official';
import { normLetter } from '../templates/section-names';
import { currentUiLanguage } from '../i18n/setup';
import { ENDONYMS } from '../ui/format';
import { Modal } from '../ui/Modal';
import { DOCUMENT_LANGUAGE_KEYS, type OtherLanguage } from './labels';
import { NormTextForm } from './NormTextForm';
import { useServices } from '../services/context';

const OTHER_LANGUAGES = LANGUAGES.filter((l): l is OtherLanguage => l !== 'en');

export function NormTextsDialog({ onClose }: { onClose(): void }) {
  const { normTexts } = useServices();
  const { t } = useTranslation(['language', 'draft']);
  const id = useId();
  const ui = currentUiLanguage();
  const [language, setLanguage] = useState<OtherLanguage>(ui === 'en' ? 'fr' : ui);
  const [loaded, setLoaded] = useState<{ language: OtherLanguage; texts: Partial<Record<NormLetter, string>> } | null>(
    null,
  );
  const [failed, setFailed] = useState(false);
  const [editing, setEditing] = useState<NormLetter | null>(null);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);

  useEffect(() => {
    let cancelled = false;
    normTexts.forLanguage(language).then(
      (texts) => {
        if (!cancelled) setLoaded({ language, texts });
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [normTexts, language, version]);
  // Texts of the language just left are not shown under the new one's name.
  const texts = loaded?.language === language ? loaded.texts : null;

  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-intro`} onClose={onClose} className="norm-texts-dialog">
      <div className="form">
        <h2 id={`${id}-title`} className="modal-title">
          {t('library.heading')}
        </h2>
        <p id={`${id}-intro`} className="field-hint">
          {t('library.intro')}
        </p>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-language`}>
            {t('library.language')}
          </label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(event) => {
              const next = OTHER_LANGUAGES.find((l) => l === event.target.value);
              if (next) {
                setEditing(null);
                setLanguage(next);
              }
            }}
          >
            {OTHER_LANGUAGES.map((option) => (
              <option key={option} value={option} lang={option} dir={directionOf(option)}>
                {ENDONYMS[option]}
              </option>
            ))}
          </select>
        </div>
        {failed && (
          <p className="form-error" role="alert">
            {t('library.failed')}
          </p>
        )}
        {texts && (
          <ol className="norm-texts-list" aria-label={t(DOCUMENT_LANGUAGE_KEYS.provided[language])}>
            {NORM_LETTERS.map((letter) => {
              const text = texts[letter];
              const tag = t('outline.normTag', {
                ns: 'draft',
                number: officialNorm(letter).number,
                letter: normLetter(letter, ui),
              });
              return (
                <li key={letter} className={`norm-texts-item ${text ? 'norm-texts-provided' : 'norm-texts-missing'}`}>
                  <p className="norm-texts-head">
                    <span className="norm-texts-tag">{tag}</span>
                    <span className="norm-texts-state">{text ? t('library.provided') : t('library.notProvided')}</span>
                  </p>
                  {text && (
                    <p className="norm-texts-text" lang={language} dir={directionOf(language)}>
                      {text}
                    </p>
                  )}
                  {editing === letter ? (
                    <NormTextForm
                      language={language}
                      norm={letter}
                      initial={text ?? ''}
                      onSave={async (raw) => {
                        await normTexts.save(language, letter, raw);
                        reload();
                      }}
                      onRemove={
                        text
                          ? async () => {
                              await normTexts.remove(language, letter);
                              reload();
                            }
                          : undefined
                      }
                      onClose={() => setEditing(null)}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`${text ? t('normText.edit') : t(DOCUMENT_LANGUAGE_KEYS.add[language])} – ${tag}`}
                      onClick={() => setEditing(letter)}
                    >
                      {text ? t('normText.edit') : t(DOCUMENT_LANGUAGE_KEYS.add[language])}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
