// A small non-modal dialog under the toolbar for adding, changing or removing a link. Only
// http, https and mailto addresses are accepted (parseLinkInput); anything else gets a clear
// message and changes nothing. Escape or Cancel returns to the text unchanged.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LinkInputError, parseLinkInput } from './link-input';
import { applyLink, type LinkRequest, removeLink } from './use-link-dialog';
import './link.css';

type DialogError = LinkInputError | 'noText';

export function LinkDialog({ request, onClose }: { request: LinkRequest; onClose(): void }) {
  const { t } = useTranslation('editor');
  const id = useId();
  const [url, setUrl] = useState(request.url);
  const [text, setText] = useState('');
  const [error, setError] = useState<DialogError | null>(null);
  const editing = request.url !== '';

  const finish = () => {
    onClose();
    request.editor.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseLinkInput(url);
    if (!parsed.ok) return setError(parsed.error);
    if (request.needsText && text.trim() === '') return setError('noText');
    applyLink(request, parsed.url, text.trim());
    finish();
  };

  const messages: Record<DialogError, string> = {
    empty: t('link.errors.empty'),
    unsafe: t('link.errors.unsafe'),
    noText: t('link.errors.noText'),
  };

  return (
    <div
      className="nd-link-dialog"
      role="dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          finish();
        }
      }}
    >
      <form onSubmit={submit} noValidate>
        <p className="nd-link-dialog__title" id={`${id}-title`}>
          {editing ? t('link.editTitle') : t('link.addTitle')}
        </p>
        <label className="nd-link-dialog__field">
          <span>{t('link.url')}</span>
          <input
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            dir="ltr"
            value={url}
            // The dialog opens on purpose (button or Ctrl+K); typing the address is the next step.
            autoFocus
            aria-invalid={error === 'empty' || error === 'unsafe'}
            aria-describedby={`${id}-hint ${id}-error`}
            onChange={(event) => {
              setUrl(event.target.value);
              setError(null);
            }}
          />
        </label>
        <p className="nd-link-dialog__hint" id={`${id}-hint`}>
          {t('link.hint')}
        </p>
        {request.needsText && (
          <label className="nd-link-dialog__field">
            <span>{t('link.text')}</span>
            <input
              type="text"
              value={text}
              aria-invalid={error === 'noText'}
              aria-describedby={`${id}-error`}
              onChange={(event) => {
                setText(event.target.value);
                setError(null);
              }}
            />
          </label>
        )}
        <p className="nd-link-dialog__error" id={`${id}-error`} role="alert">
          {error ? messages[error] : ''}
        </p>
        <div className="nd-link-dialog__actions">
          <button type="submit" className="button button-primary">
            {t('link.apply')}
          </button>
          {editing && (
            <button
              type="button"
              className="button"
              onClick={() => {
                removeLink(request);
                finish();
              }}
            >
              {t('link.remove')}
            </button>
          )}
          <button type="button" className="button" onClick={finish}>
            {t('link.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
