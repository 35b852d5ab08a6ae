// A section's changes as a reader sees the text: headings, bulleted/numbered/lettered items and
// quotes keep their look, words keep bold/italic/underline, footnote references keep their
// numbers. Added text is underlined in <ins>, removed text struck through in <del>, each also
// announced in words for screen readers; changes of paragraph kind and of paragraph breaks are
// marked too. Footnotes that changed are listed under the text with their own word diff.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockKind, BlockStyle } from '../../../shared/diff/blocks';
import type { RichDiff, RichPiece, ShownBlock } from '../../../shared/diff/rich-diff';
import { diffWords } from '../../../shared/diff/word-diff';
import { TEXT_FORMAT } from '../../../shared/model/lexical-json';
import type { Language } from '../../../shared/model/languages';
import { ARABIC_PARAGRAPH_LETTERS } from '../../../shared/norms/letters';
import { DiffText } from './DiffText';
import { BLOCK_KIND_KEYS } from './labels';

export interface NoteNumbers {
  /** Number of the section's first footnote in the version and in today's draft. */
  before: number;
  after: number;
}

interface RichDiffTextProps {
  diff: RichDiff;
  notes: NoteNumbers;
  language: Language;
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const ARABIC = Object.values(ARABIC_PARAGRAPH_LETTERS);

function letter(n: number, language: Language): string {
  const letters = language === 'ar' ? ARABIC : [...LATIN];
  return letters[n - 1] ?? String(n);
}

/** List markers as the document shows them: counters per depth, reset by other blocks. */
function markers(blocks: ShownBlock[], language: Language): string[] {
  const counters: { kind: BlockKind; n: number }[] = [];
  return blocks.map(({ style }) => {
    if (style.kind === 'paragraph' || style.kind === 'heading' || style.kind === 'quote') {
      counters.length = 0;
      return '';
    }
    counters.length = style.level;
    const at = counters[style.level - 1];
    const n = at && at.kind === style.kind ? at.n + 1 : 1;
    counters[style.level - 1] = { kind: style.kind, n };
    if (style.kind === 'bullet') return '•';
    if (style.kind === 'check') return '☐';
    return `${style.kind === 'letter' ? letter(n, language) : n}.`;
  });
}

const noteNumber = (piece: RichPiece, notes: NoteNumbers) =>
  (piece.kind === 'removed' ? notes.before : notes.after) + (piece.noteIndex ?? 0);

function formatted(piece: RichPiece, notes: NoteNumbers): ReactNode {
  const { token } = piece;
  if (token.kind === 'footnote') return <sup className="diff-note">{noteNumber(piece, notes)}</sup>;
  let node: ReactNode = token.text === '\u2028' ? <br /> : token.text;
  const m = token.marks;
  if (m & TEXT_FORMAT.bold) node = <strong>{node}</strong>;
  if (m & TEXT_FORMAT.italic) node = <em>{node}</em>;
  if (m & TEXT_FORMAT.underline) node = <u>{node}</u>;
  if (m & TEXT_FORMAT.strikethrough) node = <s>{node}</s>;
  if (m & TEXT_FORMAT.subscript) node = <sub>{node}</sub>;
  if (m & TEXT_FORMAT.superscript) node = <sup>{node}</sup>;
  if (token.link !== undefined)
    node = (
      <span className="diff-link" title={token.link}>
        {node}
      </span>
    );
  return node;
}

/** Consecutive pieces of the same kind, so one <ins> holds a whole added phrase. */
function runs(pieces: RichPiece[]): RichPiece[][] {
  const out: RichPiece[][] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && last[0]!.kind === piece.kind) last.push(piece);
    else out.push([piece]);
  }
  return out;
}

function Change({ kind, children }: { kind: 'added' | 'removed'; children: ReactNode }) {
  const { t } = useTranslation('safety');
  const added = kind === 'added';
  const Tag = added ? 'ins' : 'del';
  return (
    <Tag>
      <span className="visually-hidden">{t(added ? 'compare.addedStart' : 'compare.removedStart')} </span>
      {children}
      <span className="visually-hidden"> {t(added ? 'compare.addedEnd' : 'compare.removedEnd')}</span>
    </Tag>
  );
}

/** `whole`: the block itself is marked added or removed, so its words need no marks of their own. */
function Inline({ pieces, notes, whole }: { pieces: RichPiece[]; notes: NoteNumbers; whole: boolean }) {
  return (
    <>
      {runs(pieces).map((run, index) => {
        const content = run.map((piece, i) => <span key={i}>{formatted(piece, notes)}</span>);
        const kind = run[0]!.kind;
        return kind === 'same' || whole ? (
          <span key={index}>{content}</span>
        ) : (
          <Change key={index} kind={kind}>
            {content}
          </Change>
        );
      })}
    </>
  );
}

function KindNote({ before }: { before: BlockStyle }) {
  const { t, i18n } = useTranslation('safety');
  // Words of the app, inside text of the document: marked with the interface's language.
  return (
    <span className="diff-kind-changed" lang={i18n.language}>
      {t('compare.kindChanged', { kind: t(BLOCK_KIND_KEYS[before.kind]) })}
    </span>
  );
}

function BreakMark({ kind }: { kind: 'added' | 'removed' }) {
  const { t } = useTranslation('safety');
  const added = kind === 'added';
  const Tag = added ? 'ins' : 'del';
  return (
    <Tag className="diff-break">
      <span aria-hidden="true">¶</span>
      <span className="visually-hidden">{t(added ? 'compare.breakAdded' : 'compare.breakRemoved')}</span>
    </Tag>
  );
}

/** Footnotes added, removed or rewritten, in order, each with its number and what changed. */
function ChangedNotes({ diff, notes }: { diff: RichDiff; notes: NoteNumbers }) {
  const { t } = useTranslation('safety');
  const pieces = diff.blocks
    .flatMap((block) => block.pieces)
    .filter((piece) => piece.token.kind === 'footnote' && piece.kind !== 'same');
  if (pieces.length === 0) return null;
  const rows: ReactNode[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = pieces[i + 1];
    const text = (p: RichPiece) => (p.token.kind === 'footnote' ? p.token.text : '');
    if (piece.kind === 'removed' && next?.kind === 'added') {
      rows.push(
        <li key={i}>
          <span className="diff-note-number">{noteNumber(next, notes)}</span>
          <DiffText segments={diffWords(text(piece), text(next)).segments} />
        </li>,
      );
      i++;
    } else {
      rows.push(
        <li key={i}>
          <span className="diff-note-number">{noteNumber(piece, notes)}</span>
          <Change kind={piece.kind === 'added' ? 'added' : 'removed'}>{text(piece)}</Change>
        </li>,
      );
    }
  }
  return (
    <div className="diff-notes">
      <p className="diff-notes-heading">{t('compare.notesHeading')}</p>
      <ul>{rows}</ul>
    </div>
  );
}

export function RichDiffText({ diff, notes, language }: RichDiffTextProps) {
  const marks = markers(diff.blocks, language);
  return (
    <div className="diff-text">
      {diff.blocks.map((block, index) => {
        const marker = marks[index]!;
        const className = `diff-block diff-${block.style.kind}${block.style.kind === 'heading' ? ` diff-heading-${block.style.level}` : ''}`;
        const style =
          block.style.level > 0 && block.style.kind !== 'heading'
            ? { paddingInlineStart: `${block.style.level * 1.5}em` }
            : undefined;
        const body = (
          <>
            {marker && <span className="diff-marker">{marker} </span>}
            <Inline pieces={block.pieces} notes={notes} whole={block.change !== 'same'} />
            {block.joinedNext && <BreakMark kind="removed" />}
            {block.splitAfter && <BreakMark kind="added" />}
            {block.styleBefore && <KindNote before={block.styleBefore} />}
          </>
        );
        return (
          <p key={index} className={className} style={style}>
            {block.change === 'same' ? body : <Change kind={block.change}>{body}</Change>}
          </p>
        );
      })}
      <ChangedNotes diff={diff} notes={notes} />
    </div>
  );
}
