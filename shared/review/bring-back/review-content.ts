// One content (a section's text, or a footnote's) with the review of its reviewed counterpart
// added: the draft's paragraphs paired with the file's (equal texts first, the others in order),
// each paragraph's changes placed as suggestions (paragraph-changes.ts, place.ts), footnotes the
// file still refers to reviewed the same way, and comment ranges wrapped around the words they
// are on (a range may run over several paragraphs). A paragraph the reviewer added is joined to
// the one before it by a paragraph break (PARAGRAPH_BREAK), inserted as the mark ending that one
// says (tracked: by its author; else an edit without tracking) and then cut into blocks of their
// own, the break a suggested inserted paragraph mark; a paragraph mark the file shows deleted is a
// suggested deleted one; a paragraph the draft has and the file lost is a deletion.
import { changedRanges } from '../../diff/edits';
import type { Inline, TrackedParagraphMark } from '../../import/ir';
import type { FieldTexts } from '../../model/field-texts';
import type { SerializedEditorState, SerializedNode } from '../../model/lexical-json';
import { hasChildren } from '../../model/walk';
import { paragraphChanges, type ChangeAuthor } from './paragraph-changes';
import { PARAGRAPH_MARK_KEYS, paragraphMarkOf } from '../paragraph-marks';
import {
  inlineText,
  isWritten,
  mapParagraphs,
  PARAGRAPH_BREAK,
  paragraphNodes,
  type SplitParagraph,
} from './paragraphs';
import { insertedNodes } from './added-footnotes';
import { ParagraphMarker, suggestionNode } from './place';
import { reviewedParagraph, type ReviewedParagraph } from './reviewed-text';

export interface ReviewContext {
  fields: FieldTexts;
  /** The file's footnotes by id, as the reader gives them. */
  footnotes: ReadonlyMap<string, Inline[][]>;
  /** A new suggestion by `by`: its id (the record is kept by the caller). */
  suggestion(by: ChangeAuthor): string;
  /** The thread a Word comment's range marks, or null when its range is not marked (a reply, a thread the draft has). */
  thread(wordId: string): string | null;
  /** Called when a Word comment's range was marked. */
  placed(wordId: string): void;
  /** Changes and comments that could not be placed. */
  unplaced: number;
}

const EMPTY: ReviewedParagraph = { text: '', pieces: [], marks: [], footnotes: new Map() };

/**
 * `b` after `a`, joined by a paragraph break: inserted by the author of a's paragraph mark when
 * the file tracks it so, else of b's (a paragraph typed in front of the next one ends with the
 * inserted mark), otherwise of the same kind as b's first words.
 */
function joined(a: ReviewedParagraph, b: ReviewedParagraph): ReviewedParagraph {
  const shift = a.text.length + 1;
  const mark = [a.mark, b.mark].find((m) => m?.status === 'inserted');
  const first = mark ? { ...mark, status: 'inserted' as const } : b.pieces[0];
  const joint = {
    text: PARAGRAPH_BREAK,
    start: a.text.length,
    status: first?.status ?? 'plain',
    author: first?.author,
    date: first?.date,
  };
  return {
    ...(b.mark ? { mark: b.mark } : {}),
    text: `${a.text}${PARAGRAPH_BREAK}${b.text}`,
    pieces: [...a.pieces, joint, ...b.pieces.map((piece) => ({ ...piece, start: piece.start + shift }))],
    marks: [...a.marks, ...b.marks.map((mark) => ({ ...mark, at: mark.at + shift }))],
    footnotes: new Map([...a.footnotes, ...[...b.footnotes].map(([at, id]) => [at + shift, id] as const)]),
  };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const bare = (text: string) => text.replace(/\s+/g, '');

/** The reviewed paragraph's [from, to) as a paragraph of its own. */
function slice(paragraph: ReviewedParagraph, from: number, to: number): ReviewedParagraph {
  const pieces = paragraph.pieces.flatMap((piece) => {
    const start = Math.max(piece.start, from);
    const end = Math.min(piece.start + piece.text.length, to);
    return start < end
      ? [{ ...piece, text: piece.text.slice(start - piece.start, end - piece.start), start: start - from }]
      : [];
  });
  return {
    text: paragraph.text.slice(from, to),
    pieces,
    marks: paragraph.marks
      .filter((m) => (m.kind === 'start' ? m.at >= from && m.at < to : m.at > from && m.at <= to))
      .map((m) => ({ ...m, at: m.at - from })),
    footnotes: new Map(
      [...paragraph.footnotes].filter(([at]) => at >= from && at < to).map(([at, id]) => [at - from, id]),
    ),
  };
}

/**
 * A reviewed paragraph that reads, spaces aside, as the draft paragraphs `texts` one after the
 * other (they were joined without tracking), cut back into one paragraph per draft paragraph,
 * each but the last ending with a deleted paragraph mark by the file's last editor (no author);
 * the spaces typed at a joint are an insertion by the same editor when neither side has one.
 * Null when it does not read so.
 */
function unjoined(paragraph: ReviewedParagraph, texts: readonly string[]): ReviewedParagraph[] | null {
  if (bare(paragraph.text) !== texts.map(bare).join('')) return null;
  const out: ReviewedParagraph[] = [];
  let from = 0;
  let at = 0;
  texts.forEach((text, k) => {
    if (k === texts.length - 1) {
      out.push({
        ...slice(paragraph, from, paragraph.text.length),
        ...(paragraph.mark ? { mark: paragraph.mark } : {}),
      });
      return;
    }
    // The end of this text's last visible character in the reviewed text.
    for (let left = bare(text).length; left > 0; at++) if (!/\s/.test(paragraph.text[at]!)) left--;
    let next = at;
    while (next < paragraph.text.length && /\s/.test(paragraph.text[next]!)) next++;
    const part = slice(paragraph, from, at);
    const spaces = paragraph.text.slice(at, next);
    const spaced = /\s$/.test(text) || /^\s/.test(texts[k + 1]!);
    if (spaces !== '' && !spaced) {
      part.pieces.push({ text: spaces, start: part.text.length, status: 'inserted' });
      part.text += spaces;
    }
    out.push({ ...part, mark: { status: 'deleted' } });
    from = next;
    at = next;
  });
  return out;
}

/**
 * The reviewed paragraphs of a changed stretch, each one that joins several of the stretch's
 * draft paragraphs without tracking cut back into them.
 */
function unjoinAll(draftTexts: readonly string[], reviewed: readonly ReviewedParagraph[]): ReviewedParagraph[] {
  const out: ReviewedParagraph[] = [];
  let d = 0;
  reviewed.forEach((paragraph, k) => {
    const left = reviewed.length - k - 1;
    for (let n = draftTexts.length - d - left; n >= 2; n--) {
      const parts = unjoined(paragraph, draftTexts.slice(d, d + n));
      if (!parts) continue;
      out.push(...parts);
      d += n;
      return;
    }
    out.push(paragraph);
    d++;
  });
  return out;
}

/** Which reviewed paragraph (if any) each draft paragraph is compared with. */
function pairParagraphs(
  draftTexts: readonly string[],
  reviewed: readonly ReviewedParagraph[],
  ctx: ReviewContext,
  untracked: boolean,
): Map<number, ReviewedParagraph> {
  const written = draftTexts.flatMap((text, index) => (isWritten(text) ? [index] : []));
  const pairs = new Map<number, ReviewedParagraph>();
  let i = 0;
  let j = 0;
  const ranges = changedRanges(
    written.map((index) => squash(draftTexts[index]!)),
    reviewed.map((paragraph) => squash(paragraph.text)),
    (text) => text,
  );
  let lastPaired = -1;
  const pair = (draftIndex: number, paragraph: ReviewedParagraph) => {
    pairs.set(draftIndex, paragraph);
    lastPaired = draftIndex;
  };
  const extra = (paragraph: ReviewedParagraph) => {
    if (lastPaired >= 0) pairs.set(lastPaired, joined(pairs.get(lastPaired)!, paragraph));
    else if (paragraph.text.trim() !== '') ctx.unplaced++;
  };
  for (const range of [
    ...ranges,
    { beforeStart: written.length, beforeEnd: written.length, afterStart: reviewed.length, afterEnd: reviewed.length },
  ]) {
    for (; i < range.beforeStart; i++, j++) pair(written[i]!, reviewed[j]!);
    const draftCount = range.beforeEnd - range.beforeStart;
    let file = reviewed.slice(range.afterStart, range.afterEnd);
    // Paragraphs joined without tracking are taken only where edits without tracking are.
    if (untracked && draftCount > file.length)
      file = unjoinAll(
        written.slice(range.beforeStart, range.beforeEnd).map((index) => draftTexts[index]!),
        file,
      );
    for (let k = 0; k < Math.max(draftCount, file.length); k++) {
      if (k < draftCount) pair(written[range.beforeStart + k]!, k < file.length ? file[k]! : EMPTY);
      else extra(file[k]!);
    }
    i = range.beforeEnd;
    j = range.afterEnd;
  }
  return pairs;
}

/** Where the paragraph's own suggestions start and end in its text. */
function suggestionEdges(
  nodes: readonly SerializedNode[],
  marker: ParagraphMarker,
  base = 0,
  out: number[] = [],
): number[] {
  let pos = base;
  for (const node of nodes) {
    const width = marker.width(node);
    if (node.type === 'suggestion') out.push(pos, pos + width);
    else if (hasChildren(node)) suggestionEdges(node.children, marker, pos, out);
    pos += width;
  }
  return out;
}

/** The footnote node at `at` of the paragraph's text. */
function footnoteAt(
  nodes: SerializedNode[],
  at: number,
  marker: ParagraphMarker,
  base = 0,
): SerializedNode | undefined {
  let pos = base;
  for (const node of nodes) {
    const width = marker.width(node);
    if (at >= pos && at < pos + width) {
      if (node.type === 'footnote') return node;
      return hasChildren(node) ? footnoteAt(node.children, at, marker, pos) : undefined;
    }
    pos += width;
  }
  return undefined;
}

/** The footnote node `target` (found by identity), its note rewritten. */
function rewriteFootnote(
  nodes: SerializedNode[],
  target: SerializedNode,
  rewrite: (note: SerializedEditorState) => SerializedEditorState,
): SerializedNode[] {
  return nodes.map((node) => {
    if (node === target && node.type === 'footnote') return { ...node, note: rewrite(node.note) };
    return hasChildren(node)
      ? ({ ...node, children: rewriteFootnote(node.children, target, rewrite) } as SerializedNode)
      : node;
  });
}

/** Comment ranges of a paragraph in its reviewed text, carrying ranges still open from paragraphs before. */
function commentRanges(
  paragraph: ReviewedParagraph,
  open: Set<string>,
): Array<{ id: string; from: number; to: number }> {
  const starts = new Map<string, number>([...open].map((id) => [id, 0]));
  const out: Array<{ id: string; from: number; to: number }> = [];
  for (const mark of paragraph.marks) {
    if (mark.kind === 'start') starts.set(mark.id, mark.at);
    else if (starts.has(mark.id)) {
      out.push({ id: mark.id, from: starts.get(mark.id)!, to: mark.at });
      starts.delete(mark.id);
    }
  }
  open.clear();
  for (const [id, from] of starts) {
    out.push({ id, from, to: paragraph.text.length });
    open.add(id);
  }
  return out;
}

/** Offsets [from, to) in the marked paragraph of the reviewed text's [from, to); null when none of it was placed. */
function mapped(at: Int32Array, from: number, to: number): { from: number; to: number } | null {
  let first = -1;
  let last = -1;
  for (let k = from; k < to; k++) {
    if (at[k]! < 0) continue;
    if (first < 0) first = at[k]!;
    last = at[k]!;
  }
  return first < 0 ? null : { from: first, to: last + 1 };
}

/** Whether a node holds an added paragraph break. */
function holdsBreak(node: SerializedNode): boolean {
  if (node.type === 'text') return node.text.includes(PARAGRAPH_BREAK);
  return hasChildren(node) && node.children.some(holdsBreak);
}

/**
 * The nodes cut at each added paragraph break (each inside the insertion that brought it, whose
 * id it is pushed to `ids`): the parts in order, a wrapper cut with its words.
 */
function cutAtBreaks(nodes: readonly SerializedNode[], insertion: string | null, ids: Array<string | null>) {
  const parts: SerializedNode[][] = [[]];
  for (const node of nodes) {
    if (!holdsBreak(node)) parts[parts.length - 1]!.push(node);
    else if (node.type === 'text')
      node.text.split(PARAGRAPH_BREAK).forEach((text, k) => {
        if (k > 0) {
          parts.push([]);
          ids.push(insertion);
        }
        if (text !== '') parts[parts.length - 1]!.push({ ...node, text });
      });
    else if (hasChildren(node)) {
      const inner = node.type === 'suggestion' && node.kind === 'insert' ? node.suggestionId : insertion;
      cutAtBreaks(node.children, inner, ids).forEach((children, k) => {
        if (k > 0) parts.push([]);
        if (children.length > 0) parts[parts.length - 1]!.push({ ...node, children } as SerializedNode);
      });
    }
  }
  return parts;
}

/**
 * The paragraph's placed nodes as they end up: cut into blocks at the breaks the reviewer added
 * (each a suggested inserted paragraph mark), the last one ending with a deleted mark when the
 * file shows its paragraph mark deleted.
 */
function withParagraphMarks(
  nodes: SerializedNode[],
  mark: TrackedParagraphMark | undefined,
  block: SerializedNode,
  ctx: ReviewContext,
): SerializedNode[] | SplitParagraph {
  const ids: Array<string | null> = [];
  const parts = nodes.some(holdsBreak) ? cutAtBreaks(nodes, null, ids) : [nodes];
  const states: Array<Record<string, string>> = ids.map((id) => ({
    [PARAGRAPH_MARK_KEYS.insert]: id ?? ctx.suggestion(null),
  }));
  // A deleted mark the draft already suggests (exported from it) is not suggested again.
  const deleted =
    mark?.status === 'deleted' && !paragraphMarkOf(block, 'delete')
      ? ctx.suggestion({ author: mark.author, date: mark.date })
      : null;
  states.push(deleted ? { [PARAGRAPH_MARK_KEYS.delete]: deleted } : {});
  return parts.length === 1 && !deleted ? nodes : { parts, states };
}

export function reviewContent(
  content: SerializedEditorState,
  fileParagraphs: readonly Inline[][],
  ctx: ReviewContext,
  untracked: boolean,
  fileMarks: ReadonlyArray<TrackedParagraphMark | undefined> = [],
): SerializedEditorState {
  const marker = new ParagraphMarker(ctx.fields);
  const draftTexts = paragraphNodes(content).map((inline) => inlineText(inline, ctx.fields));
  const reviewed = fileParagraphs.map((inlines, index) => reviewedParagraph(inlines, fileMarks[index]));
  const pairs = pairParagraphs(draftTexts, reviewed, ctx, untracked);
  const open = new Set<string>();
  return mapParagraphs(content, (inline, index, block) => {
    const paragraph = pairs.get(index);
    if (!paragraph) return inline;
    const changes = paragraphChanges(draftTexts[index]!, paragraph, untracked, suggestionEdges(inline, marker));
    ctx.unplaced += changes.unplaced;
    let nodes = inline;
    // Footnotes are reviewed after the words before them, so authors come in reading order.
    const notes = changes.footnotes.flatMap(({ at, id }) => {
      const node = footnoteAt(nodes, at, marker);
      return node ? [{ node, id }] : [];
    });
    const cuts = [...changes.deletions.flatMap((d) => [d.from, d.to]), ...changes.insertions.map((i) => i.at)];
    if (cuts.length > 0) {
      nodes = marker.split(nodes, cuts, false);
      nodes = marker.deletions(
        nodes,
        changes.deletions.map((d) => ({ from: d.from, to: d.to, id: ctx.suggestion(d.by) })),
      );
      nodes = marker.insertions(
        nodes,
        changes.insertions.map((i) => ({
          at: i.at,
          node: suggestionNode('insert', ctx.suggestion(i.by), insertedNodes(i.text, i.notes, ctx.footnotes)),
        })),
      );
    }
    for (const { node, id } of notes)
      nodes = rewriteFootnote(nodes, node, (note) => reviewContent(note, ctx.footnotes.get(id) ?? [], ctx, untracked));
    for (const range of commentRanges(paragraph, open)) {
      const id = ctx.thread(range.id);
      const where = id === null ? null : mapped(changes.at, range.from, range.to);
      if (id === null || !where) continue;
      nodes = marker.split(nodes, [where.from, where.to], true);
      const footnotes: SerializedNode[] = [];
      const result = marker.comment(nodes, { ...where, id }, footnotes);
      nodes = result.nodes;
      if (result.wrapped) ctx.placed(range.id);
      else if (footnotes.length > 0) {
        // Only a footnote reference is commented (how the export for review anchors comments on a
        // note's text): the comment goes on the note's words.
        nodes = rewriteFootnote(nodes, footnotes[0]!, (content) =>
          mapParagraphs(content, (inner) => {
            const width = inner.reduce((sum, node) => sum + marker.width(node), 0);
            const wrappedNote = marker.comment(marker.split(inner, [0, width], true), { from: 0, to: width, id }, []);
            if (wrappedNote.wrapped) ctx.placed(range.id);
            return wrappedNote.nodes;
          }),
        );
      }
    }
    return withParagraphMarks(nodes, paragraph.mark, block, ctx);
  });
}
