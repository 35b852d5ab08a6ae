// @vitest-environment jsdom
// The header's save line: the page reports a waiting change at once (data-save-state), and the
// first key after a save draws "Saving…" in the frame after its own; every other change of state
// is drawn at once, and the line never reads "Saved" after a later state.
import i18next from 'i18next';
import { act } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServicesProvider, type Services } from '../services/context';
import { fakeFrames, realFrames } from '../ui/fake-frames';
import type { SaveState } from './autosave';
import { SaveIndicator } from './SaveIndicator';
import { testRoot } from '../ui/test-root';

const view = testRoot();

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: {
      en: {
        draft: {
          save: { saved: 'Saved', saving: 'Saving…', conflict: 'Changed in another window', refused: 'Not saved' },
        },
      },
    },
    interpolation: { escapeValue: false },
  });
});

/** The autosave as the line sees it: a state and its listeners. */
class FakeAutosaver {
  state: SaveState = { kind: 'saved' };
  private readonly listeners = new Set<(state: SaveState) => void>();
  subscribe(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(state: SaveState): void {
    this.state = state;
    act(() => this.listeners.forEach((listener) => listener(state)));
  }
}

let frames: ReturnType<typeof fakeFrames>;
let autosaver: FakeAutosaver;

const drawFrame = () => frames.draw();

const line = () => view.host.querySelector<HTMLElement>('[role="status"]')!;

beforeEach(() => {
  frames = fakeFrames();
  autosaver = new FakeAutosaver();
  act(() =>
    view.root.render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={{ autosaver } as unknown as Services}>
          <SaveIndicator />
        </ServicesProvider>
      </I18nextProvider>,
    ),
  );
});

afterEach(() => {
  realFrames();
});

describe('the save line', () => {
  it('reports the first change after a save at once and draws "Saving…" in the next frame', () => {
    expect(line().textContent).toBe('Saved');
    autosaver.set({ kind: 'saving' });
    expect(line().dataset.saveState).toBe('saving');
    expect(line().textContent).toBe('Saved');
    drawFrame();
    expect(line().textContent).toBe('Saving…');
    expect(line().className).toContain('save-saving');
  });

  it('draws "Saved" at once, and a waiting "Saving…" never lands over it', () => {
    autosaver.set({ kind: 'saving' });
    autosaver.set({ kind: 'saved' });
    expect(line().textContent).toBe('Saved');
    drawFrame();
    expect(line().textContent).toBe('Saved');
    expect(line().dataset.saveState).toBe('saved');
    expect(line().className).toContain('save-saved');
  });

  it('draws a failure at once, over a "Saving…" still waiting for its frame', () => {
    autosaver.set({ kind: 'saving' });
    autosaver.set({ kind: 'refused' });
    expect(line().textContent).toBe('Not saved');
    drawFrame();
    expect(line().textContent).toBe('Not saved');
    expect(line().dataset.saveState).toBe('refused');
  });
});
