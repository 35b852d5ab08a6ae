// One suggestion's card: who suggested what and when, with Accept and Reject. Opened by a click on
// suggested words, a right-click, or Shift+F10 / the menu key with the caret in them (Word's way
// to its Accept and Reject Change); keyboard-opened, it takes focus. Escape closes it.
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSuggestion } from '../../../../shared/review/model';
import type { SuggestionKind } from '../../editor/review/suggestion-node';
import { formatDateTime } from '../../ui/format';

export interface PopoverTarget {
  element: HTMLElement;
  suggestionId: string;
  kind: SuggestionKind;
  /** Opened from the keyboard: focus goes to the card. */
  focus: boolean;
  /** A suggested paragraph break rather than words. */
  paragraphBreak?: boolean;
}

interface SuggestionPopoverProps {
  target: PopoverTarget;
  record: ReviewSuggestion | undefined;
  onDecide(accept: boolean): void;
  onClose(): void;
}

/** Room the card needs below the words; above them when the window has less. */
const CARD_BLOCK_SIZE = 120;

function placeOf(element: HTMLElement): { top: number; start: number } {
  const rect = element.getBoundingClientRect();
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  const below = rect.bottom + 6;
  const top = below + CARD_BLOCK_SIZE > window.innerHeight ? Math.max(8, rect.top - CARD_BLOCK_SIZE - 6) : below;
  return { top, start: Math.max(8, rtl ? window.innerWidth - rect.right : rect.left) };
}

export function SuggestionPopover({ target, record, onDecide, onClose }: SuggestionPopoverProps) {
  const { t, i18n } = useTranslation('draft');
  const id = useId();
  const accept = useRef<HTMLButtonElement>(null);
  const place = useMemo(() => placeOf(target.element), [target]);
  useEffect(() => {
    if (target.focus) accept.current?.focus();
  }, [target]);
  return (
    <div
      className="nd-suggestion-card"
      role="dialog"
      aria-labelledby={`${id}-title`}
      style={{ insetBlockStart: place.top, insetInlineStart: place.start }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <p id={`${id}-title`} className="nd-suggestion-card__title">
        {target.paragraphBreak
          ? target.kind === 'insert'
            ? t('suggesting.card.breakInserted')
            : t('suggesting.card.breakDeleted')
          : target.kind === 'insert'
            ? t('suggesting.card.inserted')
            : t('suggesting.card.deleted')}
      </p>
      <p className="nd-suggestion-card__who">
        {record ? (
          <>
            <bdi>{record.author}</bdi>
            {' · '}
            <time dateTime={new Date(record.at).toISOString()}>{formatDateTime(record.at, i18n.language)}</time>
          </>
        ) : (
          t('suggesting.card.unknown')
        )}
      </p>
      <div className="nd-suggestion-card__actions">
        <button ref={accept} type="button" className="button button-primary" onClick={() => onDecide(true)}>
          {t('suggesting.card.accept')}
        </button>
        <button type="button" className="button" onClick={() => onDecide(false)}>
          {t('suggesting.card.reject')}
        </button>
      </div>
    </div>
  );
}
