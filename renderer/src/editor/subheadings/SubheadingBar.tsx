// The template's suggested sub-headings for this section, one click each: the text goes in as
// bold run-in text at the start of a new paragraph, with the separator of the document language.
// The chip speaks the interface's language; its tooltip quotes what goes into the document.
import type { LexicalEditor } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/languages';
import { useRovingFocus } from '../toolbar/use-roving-focus';
import { INSERT_SUBHEADING_COMMAND } from './subheading-extension';
import './subheadings.css';

/** A suggested sub-heading: its name in the interface, its text in the document's language. */
export interface Subheading {
  label: string;
  text: string;
}

interface SubheadingBarProps {
  editor: LexicalEditor;
  subheadings: readonly Subheading[];
  language: Language;
  disabled: boolean;
}

export function SubheadingBar({ editor, subheadings, language, disabled }: SubheadingBarProps) {
  const { t } = useTranslation('editor');
  const roving = useRovingFocus();
  if (subheadings.length === 0) return null;
  return (
    <div
      className="nd-subheadings"
      role="toolbar"
      aria-label={t('subheadings.label')}
      onFocus={roving.onFocus}
      onKeyDown={roving.onKeyDown}
    >
      <span className="nd-subheadings__label" aria-hidden="true">
        {t('subheadings.label')}
      </span>
      {subheadings.map(({ label, text }, index) => (
        <button
          key={text}
          type="button"
          className="nd-subheadings__button"
          data-roving-item=""
          tabIndex={roving.tabIndexFor(index)}
          aria-disabled={disabled || undefined}
          title={t('subheadings.insert', { heading: text })}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (disabled) return;
            // The separator follows the document's language (": " in English, " : " in French, "：" in Chinese).
            editor.dispatchCommand(
              INSERT_SUBHEADING_COMMAND,
              t('subheadings.runIn', { heading: text.replace(/[\s:：]+$/u, ''), lng: language }),
            );
            editor.focus();
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
