// The quiet "Saved" / "Saving…" / "Not saved: <reason>" line in the draft header; for a conflict
// between windows it points to the notice where the user chooses which text to keep.
//
// The line follows the autosave by itself, without a React render: the first key after each save
// turns "saved" into "saving", and rendering the header's line inside that keystroke's task made
// it one of the slowest keystrokes (bench/). Its data-save-state changes where the state changes,
// at once, so the page never reports "saved" while a change waits. What is drawn for that first
// key ("Saving…") follows in the frame after the keystroke's own: drawn in the same frame, the
// header's change and the text's were redrawn as one area, from the header down to the caret,
// and those were the slowest keystrokes to reach the screen (bench/profile-typing.ts).
import type { TFunction } from 'i18next';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './autosave';
import { useServices } from '../services/context';
import { afterNextPaint } from '../ui/after-paint';
import { SAVE_REASON_KEYS } from '../templates/labels';

function saveText(t: TFunction<'draft'>, state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return t('save.saved');
    case 'saving':
      return t('save.saving');
    case 'conflict':
      // Not retried on a timer: the conflict notice asks which text to keep.
      return t('save.conflict');
    case 'refused':
      // Not retried: the rescue notice says what to do.
      return t('save.refused');
    case 'failed':
      return t('save.failed', { reason: t(SAVE_REASON_KEYS[state.reason]), count: Math.round(state.retryInMs / 1000) });
  }
}

export function SaveIndicator() {
  const { t } = useTranslation('draft');
  const { autosaver } = useServices();
  const line = useRef<HTMLParagraphElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    let cancelLaterDraw: (() => void) | null = null;
    const draw = (state: SaveState) => {
      if (!line.current || !label.current) return;
      line.current.className = `save-indicator save-${state.kind}`;
      const text = saveText(t, state);
      if (label.current.textContent !== text) label.current.textContent = text;
    };
    const show = (state: SaveState) => {
      if (!line.current) return;
      const before = line.current.dataset.saveState;
      line.current.dataset.saveState = state.kind;
      cancelLaterDraw?.();
      cancelLaterDraw = null;
      if (before === 'saved' && state.kind === 'saving') cancelLaterDraw = afterNextPaint(() => draw(state));
      else draw(state);
    };
    show(autosaver.state);
    const stop = autosaver.subscribe(show);
    return () => {
      stop();
      cancelLaterDraw?.();
    };
  }, [autosaver, t]);
  const { kind } = autosaver.state;
  return (
    <p ref={line} className={`save-indicator save-${kind}`} role="status" aria-live="polite" data-save-state={kind}>
      <span className="save-dot" aria-hidden="true" />
      <span ref={label} />
    </p>
  );
}
