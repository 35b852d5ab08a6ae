// A paragraph of the reviewed file (the Word reader's intermediate form, review marks kept) as
// plain text in pieces: what was there without tracking, what a reviewer inserted or deleted with
// tracking (with who and when), where comments start and end, and where footnote references are.
// Its text holds the deleted words too: it reads as the exported text plus every change.
import type { Inline, TrackedParagraphMark } from '../../import/ir';
import { FOOTNOTE_MARK } from './paragraphs';

export type PieceStatus = 'plain' | 'inserted' | 'deleted';

export interface Piece {
  text: string;
  /** Where it starts in the paragraph's text. */
  start: number;
  status: PieceStatus;
  author?: string;
  date?: string;
}

export interface ReviewedParagraph {
  text: string;
  pieces: Piece[];
  /** Word comment ids with where their range starts or ends in `text`. */
  marks: Array<{ id: string; kind: 'start' | 'end'; at: number }>;
  /** Word footnote ids by where their reference is in `text`. */
  footnotes: Map<number, string>;
  /** The paragraph mark ending it, when tracked as inserted or deleted. */
  mark?: TrackedParagraphMark;
}

export function reviewedParagraph(inlines: readonly Inline[], mark?: TrackedParagraphMark): ReviewedParagraph {
  const out: ReviewedParagraph = { text: '', pieces: [], marks: [], footnotes: new Map(), ...(mark ? { mark } : {}) };
  const add = (text: string, status: PieceStatus, who: { author?: string; date?: string }) => {
    if (text === '') return;
    const last = out.pieces[out.pieces.length - 1];
    if (last && last.status === status && last.author === who.author && last.date === who.date) last.text += text;
    else out.pieces.push({ text, start: out.text.length, status, ...who });
    out.text += text;
  };
  const walk = (inlines: readonly Inline[], status: PieceStatus, who: { author?: string; date?: string }) => {
    for (const inline of inlines) {
      switch (inline.kind) {
        case 'text':
          add(inline.text, status, who);
          break;
        case 'link':
          add(inline.children.map((child) => child.text).join(''), status, who);
          break;
        case 'break':
          add('\n', status, who);
          break;
        case 'footnote':
          out.footnotes.set(out.text.length, inline.id);
          add(FOOTNOTE_MARK, status, who);
          break;
        case 'insertion':
          walk(inline.children, 'inserted', { author: inline.author, date: inline.date });
          break;
        case 'deletion':
          {
            let at = -1;
            for (const id of inline.footnotes ?? []) {
              at = inline.text.indexOf(FOOTNOTE_MARK, at + 1);
              if (at >= 0) out.footnotes.set(out.text.length + at, id);
            }
          }
          add(inline.text, 'deleted', { author: inline.author, date: inline.date });
          break;
        case 'comment-start':
        case 'comment-end':
          out.marks.push({
            id: inline.id,
            kind: inline.kind === 'comment-start' ? 'start' : 'end',
            at: out.text.length,
          });
          break;
      }
    }
  };
  walk(inlines, 'plain', {});
  return out;
}
