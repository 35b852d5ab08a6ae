// "Suggest changes" turned on or off is written with the draft's review in IndexedDB, which
// takes a moment; a window closed within it (Ctrl+W right after the toggle) dropped the write,
// and the draft reopened in the mode the user had just left. The wish is first noted in
// localStorage, whose writes are synchronous, and dropped once the review holds it; a note
// still there when the draft opens wins over the stored flag.

import type { Review } from '../../../../shared/review/model';

const PREFIX = 'norms-drafter:suggesting:';

export type IntentStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Notes that the mode should be `on` for the draft (storage refused: nothing noted). */
export function noteModeIntent(storage: IntentStorage, draftId: string, on: boolean): void {
  try {
    storage.setItem(PREFIX + draftId, on ? 'on' : 'off');
  } catch {
    // Private mode or a full quota: the review's write is all there is.
  }
}

/** The mode noted for the draft and not yet stored with its review, if any. */
export function modeIntent(storage: IntentStorage, draftId: string): boolean | null {
  try {
    const value = storage.getItem(PREFIX + draftId);
    return value === 'on' ? true : value === 'off' ? false : null;
  } catch {
    return null;
  }
}

/** Drops the note once the review holds `on`, unless a later toggle noted the other state. */
export function settleModeIntent(storage: IntentStorage, draftId: string, on: boolean): void {
  if (modeIntent(storage, draftId) !== on) return;
  try {
    storage.removeItem(PREFIX + draftId);
  } catch {
    // Left: the next opening finds it equal to the stored flag and drops it then.
  }
}

/** The review with "Suggest changes" stored as `on`; the same review when it already says so. */
export function withSuggestingMode(review: Review, on: boolean): Review {
  if ((review.suggesting === true) === on) return review;
  const next: Review = { ...review, suggesting: true };
  if (!on) delete next.suggesting;
  return next;
}
