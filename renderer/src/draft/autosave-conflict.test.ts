// A conflict with another window is not a failure to retry on a timer: the section's text waits,
// shown as a conflict, until the user chooses which text to keep; other sections go on saving.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paragraphState } from '../../../shared/model/empty';
import { sectionPlainText } from '../../../shared/model/text';
import type { SectionPatch } from '../storage/repository';
import { StorageError } from '../storage/errors';
import { Autosaver, type SaveState } from './autosave';

/** A stand-in for the edit guard: sections listed in `conflicting` were changed in another window. */
function guardedStore() {
  const conflicting = new Set<string>();
  const written = new Map<string, string>();
  const attempts: string[] = [];
  return {
    conflicting,
    written,
    attempts,
    save: async (_draftId: string, sectionId: string, patch: SectionPatch) => {
      attempts.push(sectionId);
      if (conflicting.has(sectionId))
        throw new StorageError('conflict', `Section ${sectionId} was changed in another window`);
      if (patch.content) written.set(sectionId, sectionPlainText(patch.content));
    },
  };
}

describe('Autosaver and conflicts between windows', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the conflict itself, with no countdown, and does not retry it on a timer', async () => {
    const store = guardedStore();
    store.conflicting.add('norm-h');
    const saver = new Autosaver({ save: store.save, debounceMs: 100 });
    const states: SaveState[] = [];
    saver.subscribe((state) => states.push(state));
    saver.change('d1', 'norm-h', { content: paragraphState(['Written in the second tab.']) });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.state).toEqual({ kind: 'conflict' });
    expect(states.some((state) => state.kind === 'failed')).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(store.attempts).toEqual(['norm-h']);
    // The text is kept, still waiting to be written.
    expect(saver.dirty).toBe(true);
  });

  it('goes on saving the other sections while one section is in conflict', async () => {
    const store = guardedStore();
    store.conflicting.add('norm-h');
    const saver = new Autosaver({ save: store.save, debounceMs: 100 });
    saver.change('d1', 'norm-h', { content: paragraphState(['Mine.']) });
    await vi.advanceTimersByTimeAsync(100);
    saver.change('d1', 'norm-i', { content: paragraphState(['Supply chains are assessed.']) });
    expect(saver.state).toEqual({ kind: 'conflict' });
    await vi.advanceTimersByTimeAsync(100);
    expect(store.written.get('norm-i')).toBe('Supply chains are assessed.');
    expect(store.written.has('norm-h')).toBe(false);
    expect(saver.state).toEqual({ kind: 'conflict' });
  });

  it('saves the held text, with what was typed since, once the user has chosen to keep it', async () => {
    const store = guardedStore();
    store.conflicting.add('norm-h');
    const saver = new Autosaver({ save: store.save, debounceMs: 100 });
    saver.change('d1', 'norm-h', { content: paragraphState(['Mine.']) });
    await vi.advanceTimersByTimeAsync(100);
    saver.change('d1', 'norm-h', { content: paragraphState(['Mine, and more.']) });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.state).toEqual({ kind: 'conflict' });
    // "Keep my text": the guard now accepts the write, and the notice flushes.
    store.conflicting.delete('norm-h');
    await saver.flush();
    expect(store.written.get('norm-h')).toBe('Mine, and more.');
    expect(saver.state).toEqual({ kind: 'saved' });
    expect(saver.dirty).toBe(false);
  });

  it('a full disk while a conflict is held is still retried and shown as a failure', async () => {
    const store = guardedStore();
    store.conflicting.add('norm-h');
    let full = true;
    const save = async (draftId: string, sectionId: string, patch: SectionPatch) => {
      if (full && sectionId === 'norm-i') throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      return store.save(draftId, sectionId, patch);
    };
    const saver = new Autosaver({ save, debounceMs: 100, retryDelaysMs: [1000] });
    saver.change('d1', 'norm-h', { content: paragraphState(['Mine.']) });
    saver.change('d1', 'norm-i', { content: paragraphState(['Assessed.']) });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.state).toMatchObject({ kind: 'failed', reason: 'quota' });
    full = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.written.get('norm-i')).toBe('Assessed.');
    expect(saver.state).toEqual({ kind: 'conflict' });
  });
});
