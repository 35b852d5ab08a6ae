// The template's suggested sub-headings for this section, one click each: the text goes in as
// bold run-in text at the start of a new paragraph, with the separator of the document language.
import type { LexicalEditor } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/languages';
import { useRovingFocus } from '../toolbar/useRovingFocus';
import { INSERT_SUBHEADING_COMMAND } from './SubheadingExtension';
import './subheadings.css';

interface SubheadingBarProps {
  editor: LexicalEditor;
  subheadings: string[];
  language: Language;
  disabled: boolean;
}

export function SubheadingBar({ editor, subheadings, language, disabled }: SubheadingBarProps) {
  const { t } = useTranslation('editor');
  const roving = useRovingFocus();
  if (subheadings.length === 0) return null;
  return (
    <div className="nd-subheadings" role="toolbar" aria-label={t('subheadings.label')} onFocus={roving.onFocus} onKeyDown={roving.onKeyDown}>
      <span className="nd-subheadings__label" aria-hidden="true">
        {t('subheadings.label')}
      </span>
      {subheadings.map((heading, index) => (
        <button
          key={heading}
          type="button"
          className="nd-subheadings__button"
          data-roving-item=""
          tabIndex={roving.tabIndexFor(index)}
          aria-disabled={disabled || undefined}
          title={t('subheadings.insert', { heading })}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (disabled) return;
            // The separator follows the document's language (": " in English, " : " in French, "：" in Chinese).
            editor.dispatchCommand(INSERT_SUBHEADING_COMMAND, t('subheadings.runIn', { heading: heading.replace(/[\s:：]+$/u, ''), lng: language }));
            editor.focus();
          }}
        >
          {heading}
        </button>
      ))}
    </div>
  );
}
