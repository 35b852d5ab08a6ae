import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { StorageError } from '../storage/errors';
import type { SectionPatch } from '../storage/repository';
import { Autosaver, type SaveState } from './autosave';

function content(text: string): SerializedEditorState {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
        },
      ],
    },
  };
}

function textOf(state: SerializedEditorState): string {
  const paragraph = state.root.children[0];
  const text = paragraph && 'children' in paragraph ? paragraph.children[0] : undefined;
  return text?.type === 'text' ? text.text : '';
}

/** A fake store that records what was written where, and can be told to fail. */
function fakeStore() {
  const written = new Map<string, string>();
  const calls: string[] = [];
  let failuresLeft = 0;
  let failure: unknown = new Error('disk');
  return {
    written,
    calls,
    failNext(times: number, error: unknown) {
      failuresLeft = times;
      failure = error;
    },
    save: async (draftId: string, sectionId: string, patch: SectionPatch) => {
      calls.push(`${draftId}/${sectionId}`);
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw failure;
      }
      if (patch.content) written.set(`${draftId}/${sectionId}`, textOf(patch.content));
      if (patch.status) written.set(`${draftId}/${sectionId}#status`, patch.status);
    },
  };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then writes the latest text once', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save, debounceMs: 600, maxWaitMs: 5000 });
    saver.change('d1', 'norm-g', { content: content('T') });
    saver.change('d1', 'norm-g', { content: content('Th') });
    saver.change('d1', 'norm-g', { content: content('The') });
    expect(saver.state.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(599);
    expect(store.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.written.get('d1/norm-g')).toBe('The');
    expect(store.calls).toHaveLength(1);
    expect(saver.state).toEqual({ kind: 'saved' });
  });

  it('waits for the pause after the last key: a key typed before the write moves it later', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save, debounceMs: 600, maxWaitMs: 5000 });
    saver.change('d1', 'norm-g', { content: content('T') });
    await vi.advanceTimersByTimeAsync(400);
    saver.change('d1', 'norm-g', { content: content('Th') });
    await vi.advanceTimersByTimeAsync(599);
    expect(store.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.written.get('d1/norm-g')).toBe('Th');
    expect(store.calls).toHaveLength(1);
  });

  it('tells its listeners of a change of state only: typing on while saving shows "Saving…" once', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save, debounceMs: 600, maxWaitMs: 5000 });
    const states: SaveState[] = [];
    saver.subscribe((state) => states.push(state));
    for (const text of ['T', 'Th', 'The']) saver.change('d1', 's', { content: content(text) });
    await vi.advanceTimersByTimeAsync(600);
    expect(store.written.get('d1/s')).toBe('The');
    expect(states).toEqual([{ kind: 'saving' }, { kind: 'saved' }]);
  });

  it('is never more than the maximum wait behind while the user keeps typing', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save, debounceMs: 600, maxWaitMs: 1000 });
    for (let i = 1; i <= 12; i += 1) {
      saver.change('d1', 's', { content: content(`word ${i}`) });
      await vi.advanceTimersByTimeAsync(100);
    }
    // 1,200 ms of continuous typing: at least one write has happened.
    expect(store.written.get('d1/s')).toMatch(/^word \d+$/);
  });

  it('keeps each change bound to the section it was typed in when the user switches quickly', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save });
    saver.change('d1', 'norm-a', { content: content('text for norm a') });
    await vi.advanceTimersByTimeAsync(50);
    saver.change('d1', 'norm-b', { content: content('text for norm b') });
    await saver.flush();
    expect(store.written.get('d1/norm-a')).toBe('text for norm a');
    expect(store.written.get('d1/norm-b')).toBe('text for norm b');
  });

  it('flush writes immediately and leaves nothing pending', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save });
    saver.change('d1', 's', { content: content('last words') });
    expect(saver.dirty).toBe(true);
    await saver.flush();
    expect(store.written.get('d1/s')).toBe('last words');
    expect(saver.dirty).toBe(false);
    expect(saver.state.kind).toBe('saved');
  });

  it('shows a failed save with its reason and retries with growing delays until it succeeds', async () => {
    const store = fakeStore();
    const states: SaveState[] = [];
    const saver = new Autosaver({ save: store.save, debounceMs: 100, retryDelaysMs: [1000, 4000] });
    saver.subscribe((s) => states.push(s));
    store.failNext(2, Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    saver.change('d1', 's', { content: content('precious') });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.state).toEqual({ kind: 'failed', reason: 'quota', retryInMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.state).toEqual({ kind: 'failed', reason: 'quota', retryInMs: 4000 });
    await vi.advanceTimersByTimeAsync(3999);
    expect(store.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.written.get('d1/s')).toBe('precious');
    expect(saver.state).toEqual({ kind: 'saved' });
    expect(states.some((s) => s.kind === 'failed')).toBe(true);
  });

  it('after a failure, newer text typed meanwhile wins over the text that failed', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save, debounceMs: 100, retryDelaysMs: [500] });
    store.failNext(1, new Error('transient'));
    saver.change('d1', 's', { content: content('old') });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.state.kind).toBe('failed');
    saver.change('d1', 's', { content: content('newer') });
    // Typing does not trigger writes while waiting to retry.
    await vi.advanceTimersByTimeAsync(200);
    expect(store.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(store.written.get('d1/s')).toBe('newer');
    expect(saver.state.kind).toBe('saved');
  });

  it('a status change and a text change to one section are saved together, neither lost', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save });
    store.failNext(1, new Error('transient'));
    saver.change('d1', 's', { content: content('text') });
    await saver.flush();
    saver.change('d1', 's', { status: 'review' });
    await saver.flush();
    expect(store.written.get('d1/s')).toBe('text');
    expect(store.written.get('d1/s#status')).toBe('review');
  });

  it('a flush while a write is in progress waits for it and then writes the newer change', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save });
    saver.change('d1', 's', { content: content('first') });
    const first = saver.flush();
    saver.change('d1', 's', { content: content('second') });
    await Promise.all([first, saver.flush()]);
    expect(store.written.get('d1/s')).toBe('second');
    expect(saver.dirty).toBe(false);
  });
  it('does not retry text storage refuses as it is: sets it aside, keeps it readable, and tries again once the user changes it', async () => {
    const store = fakeStore();
    const refused: string[] = [];
    const storedAgain: string[] = [];
    const saver = new Autosaver({
      save: store.save,
      retryDelaysMs: [1000],
      onRefused: (draftId, sectionId, patch) => refused.push(`${draftId}/${sectionId}:${textOf(patch.content!)}`),
      onStoredAfterRefusal: (draftId, sectionId) => storedAgain.push(`${draftId}/${sectionId}`),
    });
    store.failNext(1, new StorageError('invalid-content', 'nested too deeply'));
    saver.change('d1', 'norm-g', { content: content('Too deep') });
    saver.change('d1', 'norm-h', { content: content('Fine') });
    await saver.flush();
    expect(saver.state).toEqual({ kind: 'refused' });
    expect(refused).toEqual(['d1/norm-g:Too deep']);
    expect(store.written.get('d1/norm-h')).toBe('Fine');
    expect(textOf(saver.unsaved('d1').get('norm-g')!.content!)).toBe('Too deep');
    expect([...saver.refusedSections('d1').keys()]).toEqual(['norm-g']);
    expect(saver.dirty).toBe(true);

    // No endless "Trying again…": nothing is written however long the user waits.
    const calls = store.calls.length;
    await vi.advanceTimersByTimeAsync(120_000);
    await saver.flush();
    expect(store.calls.length).toBe(calls);

    // The user shortens the section: it is written, and the rescued copy can go.
    saver.change('d1', 'norm-g', { content: content('Shorter') });
    await saver.flush();
    expect(store.written.get('d1/norm-g')).toBe('Shorter');
    expect(storedAgain).toEqual(['d1/norm-g']);
    expect(saver.state).toEqual({ kind: 'saved' });
    expect(saver.unsaved('d1').size).toBe(0);
  });

  it('reads text handed as a reader only when writing, and a flush (closing the window) gets what was typed last', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save, debounceMs: 600, maxWaitMs: 5000 });
    let typed = 'E';
    let reads = 0;
    const reader = () => {
      reads += 1;
      return content(typed);
    };
    for (const next of ['Ex', 'Exa', 'Examplia']) {
      typed = next;
      saver.change('d1', 'norm-g', { content: reader });
    }
    expect(reads).toBe(0);
    expect(textOf(saver.unsaved('d1').get('norm-g')!.content!)).toBe('Examplia');
    typed = 'Examplia closes';
    const closing = saver.flush();
    typed = 'changed after the window closed';
    await closing;
    expect(store.written.get('d1/norm-g')).toBe('Examplia closes');
    expect(saver.dirty).toBe(false);
  });

  it('keeps failed text readable as the live text of its section until it is written', async () => {
    const store = fakeStore();
    const saver = new Autosaver({ save: store.save, retryDelaysMs: [1000] });
    store.failNext(1, Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    saver.change('d1', 'norm-e', { content: content('Typed while full') });
    await saver.flush();
    expect(saver.state.kind).toBe('failed');
    expect(textOf(saver.unsaved('d1').get('norm-e')!.content!)).toBe('Typed while full');
    expect(saver.unsavedDrafts()).toEqual(['d1']);
    expect(saver.unsaved('d2').size).toBe(0);
  });
  it('keeps text readable while a retry is writing it, so an output read meanwhile still holds it', async () => {
    let release: (() => void) | undefined;
    let full = true;
    const written: string[] = [];
    const saver = new Autosaver({
      retryDelaysMs: [1000],
      save: async (_draftId, _sectionId, patch) => {
        if (full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        // The disk has room again, but this write is slow: it has not finished when the output reads.
        await new Promise<void>((resolve) => (release = resolve));
        written.push(textOf(patch.content!));
      },
    });
    saver.change('d1', 'norm-e', { content: content('Typed while full') });
    await saver.flush();
    expect(saver.state.kind).toBe('failed');
    full = false;
    // The retry timer fires: the text leaves the waiting list for the write now under way.
    await vi.advanceTimersByTimeAsync(1000);
    expect(release).toBeDefined();
    expect(textOf(saver.unsaved('d1').get('norm-e')!.content!)).toBe('Typed while full');
    expect(saver.unsavedDrafts()).toEqual(['d1']);
    release!();
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual(['Typed while full']);
    expect(saver.unsaved('d1').size).toBe(0);
  });
  it('forgets refused text once the draft is read from storage again, and keeps the rescued copy when the section is saved later', async () => {
    const store = fakeStore();
    const storedAgain: string[] = [];
    const saver = new Autosaver({
      save: store.save,
      onStoredAfterRefusal: (draftId, sectionId) => storedAgain.push(`${draftId}/${sectionId}`),
    });
    store.failNext(1, new StorageError('invalid-content', 'too large'));
    saver.change('d1', 'norm-g', { content: content('Too large') });
    await saver.flush();
    expect(saver.state.kind).toBe('refused');
    saver.forgetRefused('d1');
    expect(saver.state.kind).toBe('saved');
    expect(saver.dirty).toBe(false);
    expect(saver.unsaved('d1').size).toBe(0);
    saver.change('d1', 'norm-g', { content: content('New text after the reload') });
    await saver.flush();
    expect(store.written.get('d1/norm-g')).toBe('New text after the reload');
    expect(storedAgain).toEqual([]);
  });
});
