// Suggestion ids at a keystroke: ready ones have their records stored first; when storage is
// slower than the typing and none is ready, an id is still given (its record written at once), so
// typed words are never dropped.
import { describe, expect, it } from 'vitest';
import { emptyReview, type Review } from '../../../../shared/review/model';
import { SuggestionIdPool } from './id-pool';

function pool(options: { slow?: boolean } = {}) {
  let review: Review = emptyReview();
  let next = 0;
  let clock = 100;
  const waiting: (() => void)[] = [];
  const failures: string[] = [];
  const ids = new SuggestionIdPool();
  ids.connect({
    write: (change) =>
      new Promise<void>((resolve) => {
        const apply = () => {
          review = change(review);
          resolve();
        };
        if (options.slow) waiting.push(apply);
        else apply();
      }),
    newId: () => `s${++next}`,
    now: () => ++clock,
    author: () => 'Ilse Varnhold',
    failed: () => failures.push('failed'),
  });
  return {
    ids,
    review: () => review,
    failures,
    flush: async () => {
      while (waiting.length > 0) {
        waiting.shift()!();
        await Promise.resolve();
      }
    },
  };
}

describe('suggestion ids', () => {
  it('hands out ids whose records are already stored, and stocks another for each one taken', async () => {
    const { ids, review } = pool();
    await ids.fill();
    expect(review().suggestions.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(ids.take()).toBe('s1');
    await Promise.resolve();
    expect(review().suggestions.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(review().suggestions.every((s) => s.author === 'Ilse Varnhold')).toBe(true);
    expect(ids.issued.has('s1')).toBe(true);
  });

  it('still gives an id when storage has not caught up, and its record follows', async () => {
    const { ids, review, flush, failures } = pool({ slow: true });
    const first = ids.take();
    const second = ids.take();
    expect(first).not.toBe(second);
    expect(review().suggestions).toEqual([]);
    await flush();
    const stored = review().suggestions.map((s) => s.id);
    expect(stored).toEqual(expect.arrayContaining([first, second]));
    expect(failures).toEqual([]);
  });

  it('removes the records of ids never used when the mode goes off', async () => {
    const { ids, review } = pool();
    await ids.fill();
    const used = ids.take();
    await Promise.resolve();
    await ids.drain();
    expect(review().suggestions.map((s) => s.id)).toEqual([used]);
  });
});
