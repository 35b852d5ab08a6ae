import { describe, expect, it } from 'vitest';
import { paginate, type MeasuredBlock } from './paginate';

const metrics = { height: 100, separator: 4 };
const block = (height: number, extra: Partial<MeasuredBlock> = {}): MeasuredBlock => ({
  height,
  lineStart: 0,
  line: 10,
  keepWithNext: false,
  splittable: true,
  notes: [],
  ...extra,
});

describe('paginate', () => {
  it('fills pages in order and starts a new page when a block no longer fits', () => {
    const pages = paginate(
      [block(40, { splittable: false }), block(40, { splittable: false }), block(40, { splittable: false })],
      metrics,
    );
    expect(pages.map((p) => p.slices.map((s) => s.block))).toEqual([[0, 1], [2]]);
  });

  it('keeps a footnote on the page of its reference, under the text', () => {
    const pages = paginate(
      [
        block(60, { splittable: false }),
        block(30, { splittable: false, notes: [{ index: 0, offset: 5, height: 20 }] }),
      ],
      metrics,
    );
    // 60 + 30 + separator + 20 > 100: the block and its note move on together.
    expect(pages).toEqual([
      { slices: [{ block: 0, from: 0, to: 60 }], notes: [] },
      { slices: [{ block: 1, from: 0, to: 30 }], notes: [0] },
    ]);
  });

  it('splits a long paragraph between lines, each footnote with the part holding its reference', () => {
    const pages = paginate(
      [
        block(50, { splittable: false }),
        block(110, {
          notes: [
            { index: 0, offset: 15, height: 10 },
            { index: 1, offset: 95, height: 10 },
          ],
        }),
      ],
      metrics,
    );
    expect(pages.map((p) => p.slices)).toEqual([
      [
        { block: 0, from: 0, to: 50 },
        { block: 1, from: 0, to: 30 },
      ],
      [{ block: 1, from: 30, to: 110 }],
    ]);
    expect(pages.map((p) => p.notes)).toEqual([[0], [1]]);
  });

  it('moves a heading to the next page with the start of what follows it', () => {
    const pages = paginate(
      [
        block(80, { splittable: false }),
        block(12, { keepWithNext: true, splittable: false }),
        block(40, { splittable: false }),
      ],
      metrics,
    );
    expect(pages.map((p) => p.slices.map((s) => s.block))).toEqual([[0], [1, 2]]);
  });

  it('gives a block taller than a page, that cannot be split, a page of its own', () => {
    const pages = paginate([block(10), block(150, { splittable: false }), block(10)], metrics);
    expect(pages.map((p) => p.slices.map((s) => s.block))).toEqual([[0], [1], [2]]);
  });

  it('always has at least one page', () => {
    expect(paginate([], metrics)).toEqual([{ slices: [], notes: [] }]);
  });

  it('starts a new page at a page break, unless the page is still empty', () => {
    const pages = paginate(
      [block(20), block(10, { pageBreakBefore: true }), block(10, { pageBreakBefore: true })],
      metrics,
    );
    expect(pages.map((p) => p.slices.map((s) => s.block))).toEqual([[0], [1], [2]]);
    expect(paginate([block(10, { pageBreakBefore: true })], metrics)).toHaveLength(1);
  });

  it('counts the header row repeated above a table row that opens a page', () => {
    const row = (extra: Partial<MeasuredBlock> = {}) => block(30, { splittable: false, repeatedHeader: 20, ...extra });
    // Header 20 + rows of 30: 20+30+30 fit on the first page; the next page starts with the
    // repeated header (20), so only two more rows of 30 fit there, not three.
    const pages = paginate(
      [block(20, { splittable: false, keepWithNext: true }), row(), row(), row(), row(), row()],
      metrics,
    );
    expect(pages.map((p) => p.slices.map((s) => s.block))).toEqual([[0, 1, 2], [3, 4], [5]]);
  });
});
