// Above a section with suggestions (or while suggesting): who is suggesting, and accepting or
// rejecting every suggestion of the section or of the whole draft at once.
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestionScope } from '../../../../shared/review/suggestions';
import { reviewerName, subscribeReviewerName } from '../reviewer-name';
import { useNamePrompt } from '../use-name-prompt';

interface SuggestionsBarProps {
  sectionId: string;
  suggesting: boolean;
  hasSuggestions: boolean;
  onDecide(scope: Exclude<SuggestionScope, { suggestionId: string }>, accept: boolean): Promise<void>;
}

export function SuggestionsBar({ sectionId, suggesting, hasSuggestions, onDecide }: SuggestionsBarProps) {
  const { t } = useTranslation('draft');
  const name = useSyncExternalStore(subscribeReviewerName, reviewerName);
  const [busy, setBusy] = useState(false);
  const namePrompt = useNamePrompt();
  const decide = (scope: Exclude<SuggestionScope, { suggestionId: string }>, accept: boolean) => {
    setBusy(true);
    void onDecide(scope, accept).finally(() => setBusy(false));
  };
  return (
    <section className="nd-suggestions-bar" aria-label={t('suggesting.bar.label')}>
      {suggesting && (
        <p className="nd-suggestions-bar__who">
          {t('suggesting.bar.as')} <bdi className="nd-suggestions-bar__name">{name}</bdi>{' '}
          <button type="button" className="button button-small button-quiet" onClick={namePrompt.change}>
            {t('suggesting.bar.changeName')}
          </button>
        </p>
      )}
      {hasSuggestions && (
        <div className="nd-suggestions-bar__actions">
          <button type="button" className="button" disabled={busy} onClick={() => decide({ sectionId }, true)}>
            {t('suggesting.bar.acceptSection')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => decide({ sectionId }, false)}>
            {t('suggesting.bar.rejectSection')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => decide('all', true)}>
            {t('suggesting.bar.acceptAll')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => decide('all', false)}>
            {t('suggesting.bar.rejectAll')}
          </button>
        </div>
      )}
      {namePrompt.dialog}
    </section>
  );
}
