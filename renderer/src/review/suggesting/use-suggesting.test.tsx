// @vitest-environment jsdom
// "Suggest changes" is kept with the draft's review, written in order behind the records of the
// ids kept ready. A reviewer who turns it on and straight off again, before storage has taken the
// first write, leaves the draft stored as off: the draft reopens as it was left.
import i18next from 'i18next';
import { act, useEffect, useState } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyReview, type Review } from '../../../../shared/review/model';
import { ServicesProvider, type Services } from '../../services/context';
import { setReviewerName } from '../reviewer-name';
import { modeIntent } from './mode-intent';
import { useSuggesting, type Suggesting } from './use-suggesting';
import { testRoot } from '../../ui/test-root';

const view = testRoot();

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'en', resources: {}, interpolation: { escapeValue: false } });
});

/** The draft's review as storage holds it; each write waits until the test lets it through. */
class SlowReviewStore {
  stored: Review = emptyReview();
  private readonly waiting: (() => void)[] = [];

  readonly updateReview = async (_id: string, change: (review: Review) => Review): Promise<Review> => {
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    const next = change(this.stored);
    this.stored = next;
    return next;
  };

  /** Lets every write through, those queued meanwhile too. */
  async settle(): Promise<void> {
    for (let round = 0; round < 50; round += 1) {
      await act(async () => {
        this.waiting.splice(0).forEach((resolve) => resolve());
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      if (this.waiting.length === 0) return;
    }
    throw new Error('writes kept coming');
  }

  /** Lets the oldest waiting write through. */
  async releaseOne(): Promise<void> {
    await act(async () => {
      this.waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

let store: SlowReviewStore;
/** The hook's latest result, as the screen rendered it. */
const seen: { current: Suggesting | null } = { current: null };

function Screen({ review, onReview }: { review: Review | undefined; onReview(review: Review): void }) {
  const suggesting = useSuggesting({ draftId: 'd1', loaded: true, review, onReview, onRewritten: () => {} });
  useEffect(() => {
    seen.current = suggesting;
  });
  return null;
}

function Holder() {
  const [review, setReview] = useState<Review | undefined>(store.stored);
  return <Screen review={review} onReview={setReview} />;
}

beforeEach(() => {
  localStorage.clear();
  setReviewerName('Vesna Marlow');
  store = new SlowReviewStore();
  seen.current = null;
  const services = { repository: { updateReview: store.updateReview } } as unknown as Services;
  act(() =>
    view.root.render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={services}>
          <Holder />
        </ServicesProvider>
      </I18nextProvider>,
    ),
  );
});

/** Turns the mode on and lets the ready ids' records through, until the mode is on. */
async function turnOn(): Promise<void> {
  const session = seen.current!.session;
  act(() => session.requestToggle());
  for (let round = 0; round < 10 && !session.isOn(); round += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    if (!session.isOn()) await store.releaseOne();
  }
  expect(session.isOn()).toBe(true);
}

describe('"Suggest changes" as the draft keeps it', () => {
  it('is stored as on once turned on', async () => {
    await turnOn();
    await store.settle();
    expect(store.stored.suggesting).toBe(true);
    expect(modeIntent(localStorage, 'd1')).toBeNull();
  });

  it('is stored as off when turned on and off again before the first write was taken', async () => {
    await turnOn();
    // The write that stores "on" is still waiting when the reviewer turns the mode off.
    expect(store.stored.suggesting).toBeUndefined();
    act(() => seen.current!.session.requestToggle());
    expect(seen.current!.session.isOn()).toBe(false);
    await store.settle();
    expect(store.stored.suggesting).toBeUndefined();
    expect(store.stored.suggestions).toEqual([]);
    expect(modeIntent(localStorage, 'd1')).toBeNull();
  });
});
