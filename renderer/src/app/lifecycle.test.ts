// The page's half of closing the desktop window: main's flush request is answered only once the
// text typed just before Close is written.
import { describe, expect, it } from 'vitest';
import type { DrafterApi } from '../../../shared/bridge/api';
import { paragraphState } from '../../../shared/model/empty';
import { Autosaver } from '../draft/autosave';
import type { SectionPatch } from '../storage/repository';
import { answerFlushRequests } from './lifecycle';

/** The bridge's subscription, as main would drive it. */
function fakeBridge() {
  let listener: (() => Promise<void>) | null = null;
  const api: Pick<DrafterApi, 'onFlushRequest'> = {
    onFlushRequest(next) {
      listener = next;
      return () => (listener = null);
    },
  };
  return {
    api,
    request: () => listener?.() ?? Promise.reject(new Error('nobody answers')),
    subscribed: () => listener !== null,
  };
}

describe('answering main before the window closes', () => {
  it('answers only after the edit typed just before Close has been written', async () => {
    const written: SectionPatch[] = [];
    let finishWrite = () => {};
    // Long debounce: without the flush, nothing would be written before the window is gone.
    const saver = new Autosaver({
      debounceMs: 60_000,
      maxWaitMs: 60_000,
      save: (_draft, _section, patch) =>
        new Promise<void>((resolve) => {
          finishWrite = () => {
            written.push(patch);
            resolve();
          };
        }),
    });
    const bridge = fakeBridge();
    const stop = answerFlushRequests(saver, bridge.api);
    saver.change('d1', 'norm-a', { content: paragraphState(['Examplia supports norm (a).']) });

    let answered = false;
    const answer = bridge.request().then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe(false);
    finishWrite();
    await answer;
    expect(written).toEqual([{ content: paragraphState(['Examplia supports norm (a).']) }]);
    expect(saver.dirty).toBe(false);

    stop();
    expect(bridge.subscribed()).toBe(false);
  });

  it('answers after a failed write too, leaving the text pending for the beforeunload question', async () => {
    const saver = new Autosaver({
      debounceMs: 60_000,
      maxWaitMs: 60_000,
      retryDelaysMs: [60_000],
      save: () => Promise.reject(new Error('disk full')),
    });
    const bridge = fakeBridge();
    answerFlushRequests(saver, bridge.api);
    saver.change('d1', 'norm-a', { content: paragraphState(['Unsaved words of Examplia.']) });
    await bridge.request();
    expect(saver.state.kind).toBe('failed');
    expect(saver.dirty).toBe(true);
  });
});
