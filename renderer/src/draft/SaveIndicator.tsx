// The quiet "Saved" / "Saving…" / "Not saved: <reason>" line in the draft header; for a conflict
// between windows it points to the notice where the user chooses which text to keep.
import { useTranslation } from 'react-i18next';
import { useSaveState } from '../app/use-save-state';
import { SAVE_REASON_KEYS } from '../templates/labels';

export function SaveIndicator() {
  const { t } = useTranslation('draft');
  const state = useSaveState();
  const text =
    state.kind === 'saved'
      ? t('save.saved')
      : state.kind === 'saving'
        ? t('save.saving')
        : state.kind === 'conflict'
          ? // Not retried on a timer: the conflict notice asks which text to keep.
            t('save.conflict')
          : state.kind === 'refused'
            ? // Not retried: the rescue notice says what to do.
              t('save.refused')
            : t('save.failed', {
                reason: t(SAVE_REASON_KEYS[state.reason]),
                count: Math.round(state.retryInMs / 1000),
              });
  return (
    <p className={`save-indicator save-${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind}>
      <span className="save-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
