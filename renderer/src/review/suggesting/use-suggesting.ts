// The draft screen's "Suggest changes": one session for every section of the open draft. Turning
// it on asks the reviewer's name once, then keeps suggestion ids ready whose records (author,
// date) are already stored (id-pool.ts), so the editor takes one at a keystroke without waiting
// for storage. Ids still ready when the mode goes off are removed from the review again.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review, ReviewSuggestion } from '../../../../shared/review/model';
import type { SuggestionScope } from '../../../../shared/review/suggestions';
import { SuggestingSession } from '../../editor/review/suggesting-session';
import type { DescribedKind } from '../../editor/review/review-authors';
import { useServices } from '../../services/context';
import { newId } from '../../storage/new-id';
import { formatDateTime } from '../../ui/format';
import { useToasts } from '../../ui/Toasts';
import { reviewerName } from '../reviewer-name';
import { decideSuggestions, TextNotSavedError } from './decide-all';
import { SuggestionIdPool } from './id-pool';
import { modeIntent, noteModeIntent, settleModeIntent, withSuggestingMode } from './mode-intent';

export interface Suggesting {
  session: SuggestingSession;
  /** The draft's suggestion records by id. */
  records: ReadonlyMap<string, ReviewSuggestion>;
  /** The name dialog is asked for (the mode starts once a name is given). */
  askingName: boolean;
  nameGiven(): void;
  nameDismissed(): void;
  /** Accepts or rejects every suggestion of a section or of the draft (a version is kept first). */
  decideAll(scope: Exclude<SuggestionScope, { suggestionId: string }>, accept: boolean): Promise<void>;
}

interface Options {
  draftId: string;
  /** The draft has been read (its review, or its lack of one, is known). */
  loaded: boolean;
  review: Review | undefined;
  /** The records as stored now, for the draft screen's state. */
  onReview(review: Review): void;
  /** The stored draft was rewritten: the screen reads it again. */
  onRewritten(): void | Promise<void>;
}

export function useSuggesting({ draftId, loaded, review, onReview, onRewritten }: Options): Suggesting {
  const { repository, autosaver, editGuard } = useServices();
  const toasts = useToasts();
  const { t, i18n } = useTranslation('draft');
  const [askingName, setAskingName] = useState(false);
  const records = useMemo(() => new Map((review?.suggestions ?? []).map((record) => [record.id, record])), [review]);
  const storedOn = review?.suggesting === true;
  // A toggle whose write a closed window cut short (mode-intent.ts) wins over the stored flag.
  const [noted] = useState(() => modeIntent(window.localStorage, draftId));
  const leftOn = loaded && (noted ?? storedOn);
  const live = useRef({ onReview, onRewritten, records, t, language: i18n.language });
  useEffect(() => {
    live.current = { onReview, onRewritten, records, t, language: i18n.language };
  });
  const [session] = useState(() => new SuggestingSession());
  const writes = useRef(Promise.resolve());

  const write = useCallback(
    (change: (review: Review) => Review): Promise<void> => {
      const run = writes.current.then(async () => {
        live.current.onReview(await repository.updateReview(draftId, change));
      });
      writes.current = run.catch(() => undefined);
      return run;
    },
    [repository, draftId],
  );

  const failed = useCallback(() => {
    session.setOn(false);
    toasts.show({ message: () => live.current.t('suggesting.notStored') });
  }, [session, toasts]);

  const [pool] = useState(() => new SuggestionIdPool());
  useEffect(() => {
    pool.connect({ write, newId, now: () => Date.now(), author: reviewerName, failed });
  }, [pool, write, failed]);

  useEffect(() => {
    const { issued } = pool;
    const source = {
      take: () => pool.take(),
      isOwn: (id: string) => issued.has(id) || live.current.records.get(id)?.author === reviewerName(),
    };
    const authorOf = (id: string) =>
      live.current.records.get(id)?.author ?? (issued.has(id) ? reviewerName() : undefined);
    const describe = (id: string, kind: DescribedKind) => {
      const record = live.current.records.get(id);
      const author = record?.author ?? (issued.has(id) ? reviewerName() : '');
      if (author === '') return '';
      const date = formatDateTime(record?.at ?? Date.now(), live.current.language);
      const { t } = live.current;
      if (kind === 'break-insert') return t('suggesting.breakInserted', { author, date });
      if (kind === 'break-delete') return t('suggesting.breakDeleted', { author, date });
      return kind === 'insert' ? t('suggesting.inserted', { author, date }) : t('suggesting.deleted', { author, date });
    };
    session.connect({ source, authorOf, describe });
  }, [session, pool]);

  // The mode's state is kept with the draft's review, so the draft opens with it as it was left.
  // Each toggle is decided against the review as the writes before it leave it (not as last read):
  // on then off within one write's time ends off.
  const remember = useCallback(
    (on: boolean) => {
      const storage = window.localStorage;
      noteModeIntent(storage, draftId, on);
      write((current) => withSuggestingMode(current, on)).then(
        () => settleModeIntent(storage, draftId, on),
        () => undefined,
      );
    },
    [write, draftId],
  );

  const start = useCallback(async () => {
    try {
      await pool.fill();
      session.setOn(true);
      remember(true);
    } catch {
      failed();
    }
  }, [session, pool, failed, remember]);

  /** Off, as the mode goes off when the screen closes: the draft keeps whether it was on. */
  const stop = useCallback(() => {
    session.setOn(false);
    pool.drain().catch(() => undefined);
  }, [session, pool]);

  useEffect(() => {
    session.connect({
      onToggleRequest: () => {
        if (session.isOn()) {
          stop();
          remember(false);
        } else if (reviewerName() === '') setAskingName(true);
        else void start();
      },
    });
    return () => session.connect({ onToggleRequest: null });
  }, [session, start, stop, remember]);

  // Turned off in a window closed before the review held it: stored as off now.
  const offNoted = useRef(noted === false);
  useEffect(() => {
    if (!loaded || !offNoted.current) return;
    offNoted.current = false;
    remember(false);
  }, [loaded, remember]);

  // A draft left in suggesting mode opens in it once its review is read (the name asked first
  // when this computer has none yet, as when the draft comes from someone else). Decided once, at
  // that read: the flag stored later by the reviewer's own toggles does not turn the mode back on.
  const resumed = useRef(false);
  useEffect(() => {
    if (!loaded || resumed.current) return;
    resumed.current = true;
    // As the reviewer's own toggle would (connected above).
    if (leftOn && !session.isOn()) session.requestToggle();
  }, [loaded, leftOn, session]);
  useEffect(() => stop, [stop]);

  const decideAll = useCallback(
    async (scope: Exclude<SuggestionScope, { suggestionId: string }>, accept: boolean) => {
      try {
        await decideSuggestions({ autosaver, editGuard }, draftId, scope, accept);
        await live.current.onRewritten();
        toasts.show({
          message: () => (accept ? live.current.t('suggesting.accepted') : live.current.t('suggesting.rejected')),
        });
      } catch (error) {
        const unsaved = error instanceof TextNotSavedError;
        toasts.show({
          message: () => (unsaved ? live.current.t('suggesting.unsaved') : live.current.t('suggesting.notDecided')),
        });
      }
    },
    [autosaver, editGuard, draftId, toasts],
  );

  return useMemo(
    () => ({
      session,
      records,
      askingName,
      nameGiven: () => {
        setAskingName(false);
        void start();
      },
      nameDismissed: () => setAskingName(false),
      decideAll,
    }),
    [session, records, askingName, start, decideAll],
  );
}
