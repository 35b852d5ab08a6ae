// The UI language picker in the app header: each language named in itself, so a user who lands
// in a language they cannot read still finds their own. A native <select>: keyboard, screen
// readers and touch work as everywhere else. Switching is instant and remembered.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, isLanguage, LANGUAGES } from '../../../shared/model/languages';
import { changeUiLanguage, currentUiLanguage } from '../i18n/setup';
import { ENDONYMS } from '../ui/format';
import './language.css';

export function LanguagePicker() {
  const { t } = useTranslation();
  const id = useId();
  const current = currentUiLanguage();
  return (
    <div className="language-picker">
      <label htmlFor={id} className="language-picker-label">
        <svg
          className="language-picker-icon"
          viewBox="0 0 24 24"
          width="18"
          height="18"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
        </svg>
        <span className="visually-hidden">{t('language.label')}</span>
      </label>
      <select
        id={id}
        className="language-picker-select"
        value={current}
        onChange={(event) => {
          const next = event.target.value;
          if (isLanguage(next)) void changeUiLanguage(next);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language} dir={directionOf(language)}>
            {ENDONYMS[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
