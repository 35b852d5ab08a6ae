// A4 pages in the browser: every block and footnote is first laid out once, hidden, at the
// width of the page's text area to measure it; `paginate` then places them on pages of the
// export's size and margins, each page's footnotes at its bottom. Measured again once the fonts
// have loaded, since they change every height; the hidden copy then goes. A table's rows are
// measured one by one and joined again on each page they fall on.
import { Fragment, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { A4, HEADER_DISTANCE, MARGIN, TWIPS_PER_MM } from '../../../shared/docx/page-geometry';
import type { PageContent } from './page-content';
import { paginate, type LaidOutPage, type MeasuredBlock, type PageSlice } from './paginate';

const mm = (twips: number) => `${twips / TWIPS_PER_MM}mm`;
const PAGE_GEOMETRY = {
  '--pl-page-inline-size': mm(A4.width),
  '--pl-page-block-size': mm(A4.height),
  '--pl-margin': mm(MARGIN),
  '--pl-header-distance': mm(HEADER_DISTANCE),
} as CSSProperties;

function measure(root: HTMLElement, content: PageContent): LaidOutPage[] {
  const body = root.querySelector<HTMLElement>('.pl-body');
  const separator = root.querySelector<HTMLElement>('.pl-separator');
  const noteHeights = [...root.querySelectorAll<HTMLElement>('[data-note-text]')].map(
    (el) => el.getBoundingClientRect().height,
  );
  const elements = [...root.querySelectorAll<HTMLElement>('[data-block]')];
  const heights = elements.map((el) => el.getBoundingClientRect().height);
  const blocks: MeasuredBlock[] = elements.map((el, index) => {
    const box = el.getBoundingClientRect();
    const paragraph = el.firstElementChild as HTMLElement | null;
    const style = paragraph ? getComputedStyle(paragraph) : null;
    const line = style ? parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2 : 0;
    const spec = content.blocks[index]!;
    return {
      height: box.height,
      lineStart: paragraph ? paragraph.getBoundingClientRect().top - box.top : 0,
      line,
      keepWithNext: spec.keepWithNext,
      splittable: spec.splittable,
      pageBreakBefore: spec.pageBreakBefore,
      repeatedHeader: spec.row && !spec.row.header ? heights[content.tables[spec.row.table]!.headerBlock] : undefined,
      notes: [...el.querySelectorAll<HTMLElement>('sup[data-note]')].map((sup) => {
        const note = Number(sup.dataset['note']);
        // A raised number's top can sit above its line: its bottom tells the line it is on.
        const offset = Math.min(box.height, Math.max(0, sup.getBoundingClientRect().bottom - box.top - 1));
        return { index: note, offset, height: noteHeights[note] ?? 0 };
      }),
    };
  });
  return paginate(blocks, {
    height: body?.clientHeight ?? 0,
    separator: separator?.getBoundingClientRect().height ?? 0,
  });
}

/** Lays out `content` once: the screen mounts one Pages per draft it loads. */
export function Pages({
  content,
  headerLine,
  onPages,
}: {
  content: PageContent;
  headerLine: string;
  onPages(count: number): void;
}) {
  const { t } = useTranslation('export');
  const measuring = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<LaidOutPage[] | null>(null);
  // The hidden copy is dropped once the fonts are in and the pages laid out for good.
  const [measured, setMeasured] = useState(false);
  const split = useMemo(() => splitBlocks(pages ?? []), [pages]);

  useLayoutEffect(() => {
    let current = true;
    const layout = () => {
      if (!current || !measuring.current) return;
      const laidOut = measure(measuring.current, content);
      setPages(laidOut);
      onPages(laidOut.length);
    };
    layout();
    void Promise.resolve(document.fonts?.ready).then(() => {
      layout();
      if (current) setMeasured(true);
    });
    return () => {
      current = false;
    };
  }, [content, onPages]);

  return (
    <div className="pl-pages" style={PAGE_GEOMETRY}>
      {!measured && (
        <div className="pl-measure" ref={measuring} aria-hidden="true">
          <div className="pl-page">
            <div className="pl-body" />
          </div>
          <div className="pl-text-width">
            {content.blocks.map((block, index) => (
              <div key={index} className="pl-block" data-block="">
                {block.node}
              </div>
            ))}
            <div className="pl-separator" />
            {content.notes.map((note, index) => (
              <div key={index} className="pl-block" data-note-text="">
                {note.node}
              </div>
            ))}
          </div>
        </div>
      )}
      {pages?.map((page, index) => (
        <section
          key={index}
          className="pl-page"
          data-page={index + 1}
          aria-label={t('printLayout.pageLabel', { number: index + 1, total: pages.length })}
        >
          {headerLine && <p className="pl-header">{headerLine}</p>}
          <div className="pl-body">
            <div className="pl-flow">
              {pageParts(page, content).map((part, at) => {
                if ('table' in part) return <TableOnPage key={`t-${part.rows[0]}`} content={content} {...part} />;
                const { slice } = part;
                const block = content.blocks[slice.block]!;
                // As Word does, a paragraph that a page break moved to the top of a page loses its space before.
                const top = at === 0 && index > 0 ? ' pl-page-top' : '';
                return !split.has(slice.block) ? (
                  <div key={`${slice.block}-${slice.from}`} className={`pl-block${top}`} data-block-index={slice.block}>
                    {block.node}
                  </div>
                ) : (
                  // Part of a paragraph split between pages: the same block, shifted and cut at a line.
                  <div
                    key={`${slice.block}-${slice.from}`}
                    className="pl-slice"
                    style={{ blockSize: `${slice.to - slice.from}px` }}
                    data-block-index={slice.block}
                  >
                    <div className="pl-block" style={{ marginBlockStart: `${-slice.from}px` }}>
                      {block.node}
                    </div>
                  </div>
                );
              })}
            </div>
            {page.notes.length > 0 && (
              <div className="pl-notes">
                <div className="pl-separator" />
                {page.notes.map((note) => (
                  <div key={note} className="pl-block" data-note-index={note}>
                    {content.notes[note]?.node}
                  </div>
                ))}
              </div>
            )}
          </div>
          <p className="pl-footer">{index + 1}</p>
        </section>
      ))}
    </div>
  );
}

/** Blocks split between pages. */
function splitBlocks(pages: readonly LaidOutPage[]): Set<number> {
  const split = new Set<number>();
  for (const page of pages) for (const slice of page.slices) if (slice.from > 0) split.add(slice.block);
  return split;
}

type PagePart = { slice: PageSlice } | { table: number; rows: number[]; repeatHeader: boolean };

/** A page's slices, with the rows of one table that follow each other joined into that table. */
function pageParts(page: LaidOutPage, content: PageContent): PagePart[] {
  const parts: PagePart[] = [];
  for (const slice of page.slices) {
    const row = content.blocks[slice.block]!.row;
    const last = parts.at(-1);
    if (!row) parts.push({ slice });
    else if (last && 'table' in last && last.table === row.table) last.rows.push(slice.block);
    // A table that runs on from the page before starts again with its header row, as in Word.
    else parts.push({ table: row.table, rows: [slice.block], repeatHeader: !row.header });
  }
  return parts;
}

function TableOnPage({
  content,
  table,
  rows,
  repeatHeader,
}: {
  content: PageContent;
  table: number;
  rows: number[];
  repeatHeader: boolean;
}) {
  const { columns, inlineSize, headerBlock } = content.tables[table]!;
  const cells = (block: number) => content.blocks[block]!.row?.cells;
  const header = repeatHeader ? [headerBlock] : rows.filter((block) => content.blocks[block]!.row?.header);
  const body = rows.filter((block) => !content.blocks[block]!.row?.header);
  return (
    <div className="pl-block" data-block-index={rows[0]}>
      <table className="pl-table" style={{ inlineSize }}>
        {columns}
        {header.length > 0 && (
          <thead>
            {header.map((block) => (
              <Fragment key={block}>{cells(block)}</Fragment>
            ))}
          </thead>
        )}
        {body.length > 0 && (
          <tbody>
            {body.map((block) => (
              <Fragment key={block}>{cells(block)}</Fragment>
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
