// What a reviewer changed in one paragraph, found by comparing the draft's paragraph text with
// the reviewed paragraph's (reviewed-text.ts) word by word with the project's diff
// (shared/diff/edits.ts). Words the file shows as tracked deletions of the draft's words become
// suggested deletions; words it shows as tracked insertions become suggested insertions; words
// that differ without tracking become suggestions by the file's last editor (`untracked` null)
// when the draft's section is as it was exported, and are counted as not placed otherwise.
// Offsets are in the draft paragraph's text; `at` maps the reviewed text's offsets to the
// paragraph's text once the insertions are in (for the comments).
import { changedRanges } from '../../diff/edits';
import { textPieces } from '../../model/word-tokens';
import { FOOTNOTE_MARK, PARAGRAPH_BREAK } from './paragraphs';
import type { Piece, ReviewedParagraph } from './reviewed-text';

/** Who made a change: a tracked change's author and date, or null for an edit made without tracking. */
export type ChangeAuthor = { author?: string; date?: string } | null;

export interface ParagraphChanges {
  deletions: Array<{ from: number; to: number; by: ChangeAuthor }>;
  /** `notes`: the file's footnote ids of the references (FOOTNOTE_MARK) in `text`, in order. */
  insertions: Array<{ at: number; text: string; by: ChangeAuthor; notes?: string[] }>;
  /** Draft offsets of footnote references the reviewed paragraph holds too, with the file's footnote id. */
  footnotes: Array<{ at: number; id: string }>;
  /** Changes that could not be placed. */
  unplaced: number;
  /** The offset in the marked paragraph of each character of the reviewed text (-1: not placed). */
  at: Int32Array;
}

interface Token {
  text: string;
  start: number;
  piece?: Piece;
}

/** Words, runs of spaces and single other characters; a footnote mark is always a token of its own. */
function tokens(text: string, start: number, piece?: Piece): Token[] {
  const out: Token[] = [];
  let at = start;
  for (const word of textPieces(text)) {
    out.push(piece ? { text: word, start: at, piece } : { text: word, start: at });
    at += word.length;
  }
  return out;
}

/** Whether a text has nothing but spaces (a footnote reference or an added paragraph break counts). */
const blank = (text: string) => text.replace(new RegExp(`${FOOTNOTE_MARK}|${PARAGRAPH_BREAK}`, 'g'), 'x').trim() === '';
const sameAuthor = (a: Piece, b: Piece) => a.status === b.status && a.author === b.author && a.date === b.date;
const authorOf = (piece: Piece): ChangeAuthor => ({
  ...(piece.author ? { author: piece.author } : {}),
  ...(piece.date ? { date: piece.date } : {}),
});

/**
 * `breaks` are offsets of the draft's text where its own suggestions start or end: words are cut
 * there as the file's tracked changes cut them, so a suggestion the draft already has compares equal.
 */
export function paragraphChanges(
  draftText: string,
  reviewed: ReviewedParagraph,
  untracked: boolean,
  breaks: readonly number[] = [],
): ParagraphChanges {
  const edges = [...new Set([0, ...breaks.filter((b) => b > 0 && b < draftText.length), draftText.length])].sort(
    (a, b) => a - b,
  );
  const before = edges.slice(1).flatMap((end, i) => tokens(draftText.slice(edges[i]!, end), edges[i]!));
  const after = reviewed.pieces.flatMap((piece) => tokens(piece.text, piece.start, piece));
  const out: ParagraphChanges = {
    deletions: [],
    insertions: [],
    footnotes: [],
    unplaced: 0,
    at: new Int32Array(reviewed.text.length).fill(-1),
  };
  let shift = 0; // length inserted so far
  // The piece of the file each deletion came from: consecutive words of one tracked deletion are one suggestion.
  const fromPiece = new Map<ParagraphChanges['deletions'][number], Piece>();
  const deleteRange = (from: number, to: number, by: ChangeAuthor, piece?: Piece) => {
    const last = out.deletions[out.deletions.length - 1];
    if (last && last.to === from && piece && fromPiece.get(last) === piece) last.to = to;
    else {
      const deletion = { from, to, by };
      out.deletions.push(deletion);
      if (piece) fromPiece.set(deletion, piece);
    }
  };
  const kept = (d: Token, r: Token) => {
    for (let c = 0; c < r.text.length; c++) out.at[r.start + c] = d.start + c + shift;
    if (r.piece?.status === 'deleted') deleteRange(d.start, d.start + d.text.length, authorOf(r.piece), r.piece);
    if (r.text === FOOTNOTE_MARK && d.text === FOOTNOTE_MARK) {
      const id = reviewed.footnotes.get(r.start);
      if (id !== undefined) out.footnotes.push({ at: d.start, id });
    }
  };
  // A change the draft cannot take counts once, however many words it has.
  const changed = (removed: Token[], added: Token[], at: number) => {
    let lost = false;
    if (removed.length > 0) {
      const from = removed[0]!.start;
      if (!blank(draftText.slice(from, at))) {
        if (untracked) deleteRange(from, at, null);
        else lost = true;
      }
    }
    // The added words in stretches by one author and kind.
    for (let k = 0; k < added.length;) {
      let end = k + 1;
      while (end < added.length && sameAuthor(added[end]!.piece!, added[k]!.piece!)) end++;
      const stretch = added.slice(k, end);
      const piece = stretch[0]!.piece!;
      const text = stretch.map((t) => t.text).join('');
      k = end;
      const plain = piece.status === 'plain';
      // A footnote a reviewer inserted with tracking comes with its note; one added without tracking is not taken.
      const notes = stretch.filter((t) => t.text === FOOTNOTE_MARK).map((t) => reviewed.footnotes.get(t.start));
      const tracked = piece.status === 'inserted' && notes.every((id) => id !== undefined);
      // Deleted words the draft does not hold, an untracked new footnote, or untracked edits to a changed section.
      if (piece.status === 'deleted' || (plain && (!untracked || blank(text))) || (notes.length > 0 && !tracked)) {
        if (!blank(text)) lost = true;
        continue;
      }
      const start = stretch[0]!.start;
      for (let c = 0; c < text.length; c++) out.at[start + c] = at + shift + c;
      out.insertions.push({
        at,
        text,
        by: plain ? null : authorOf(piece),
        ...(notes.length > 0 ? { notes: notes as string[] } : {}),
      });
      shift += text.length;
    }
    if (lost) out.unplaced++;
  };

  let i = 0;
  let j = 0;
  const ranges = changedRanges(before, after, (token) => token.text);
  for (const range of [
    ...ranges,
    { beforeStart: before.length, beforeEnd: before.length, afterStart: after.length, afterEnd: after.length },
  ]) {
    for (; i < range.beforeStart; i++, j++) kept(before[i]!, after[j]!);
    const removed = before.slice(range.beforeStart, range.beforeEnd);
    const added = after.slice(range.afterStart, range.afterEnd);
    const at =
      range.beforeEnd > range.beforeStart
        ? before[range.beforeEnd - 1]!.start + before[range.beforeEnd - 1]!.text.length
        : (before[range.beforeStart]?.start ?? draftText.length);
    if (removed.length > 0 || added.length > 0) changed(removed, added, at);
    i = range.beforeEnd;
    j = range.afterEnd;
  }
  return out;
}
