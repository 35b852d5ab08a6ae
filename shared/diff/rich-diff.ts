// What changed in a section between two stored versions, with its formatting: blocks keep their
// kind (heading, bulleted or numbered item, quote), words keep bold/italic/underline/links, and
// footnote references stay references. Blocks are matched first, so a long section with a few
// edited paragraphs costs a diff of its blocks plus small token diffs of the edited ones.
import type { SerializedEditorState } from '../model/lexical-json';
import type { FieldTexts } from '../model/field-texts';
import { diffBlocks, tokenKey, type BlockStyle, type DiffBlock, type RichToken } from './blocks';
import { isWord } from '../model/word-tokens';
import { walkEdits } from './edits';
import type { DiffKind } from './word-diff';

export interface RichPiece {
  kind: DiffKind;
  token: Exclude<RichToken, { kind: 'start' }>;
  /** For a footnote: its position among the footnotes of its side (0-based), to number it. */
  noteIndex?: number;
}

export interface ShownBlock {
  style: BlockStyle;
  /** 'added' or 'removed' when the whole block is new or gone. */
  change: DiffKind;
  /** Set when the block's kind changed (a paragraph that became a list item, …). */
  styleBefore?: BlockStyle;
  pieces: RichPiece[];
  /** The paragraph break after this block was removed: the next block's text joined it. */
  joinedNext?: boolean;
  /** A paragraph break was added after this block: it was one block with the next. */
  splitAfter?: boolean;
}

export interface RichDiff {
  blocks: ShownBlock[];
  /** Words only in the newer text. */
  added: number;
  /** Words only in the older text. */
  removed: number;
  /** Words in both whose formatting changed (bold, italic, link, …). */
  restyled: number;
  /** Blocks whose kind changed. */
  restyledBlocks: number;
  /** Footnotes added, removed or whose text changed. */
  notesChanged: number;
  changed: boolean;
}

interface Emitted {
  kind: DiffKind;
  token: RichToken;
}

const words = (tokens: RichToken[]) => tokens.filter((t) => t.kind === 'text' && isWord(t.text)).length;

interface Counts {
  added: number;
  removed: number;
  restyled: number;
}

/**
 * Counts a change's words: words present on both sides that differ only in formatting are a
 * format change (bold added, a link changed), not new text; footnotes are counted apart.
 */
function countChange(counts: Counts, removed: RichToken[], added: RichToken[]): void {
  const before = removed.filter((t) => t.kind === 'text');
  const after = added.filter((t) => t.kind === 'text');
  const walked = walkEdits(before, after, (t) => (t.kind === 'text' ? t.text : ''), {
    same: (kept) => void (counts.restyled += words(kept)),
    change: (gone, come) => {
      counts.removed += words(gone);
      counts.added += words(come);
    },
  });
  if (!walked) {
    counts.removed += words(before);
    counts.added += words(after);
  }
}

function emitChange(out: Emitted[], counts: Counts, removed: RichToken[], added: RichToken[]): void {
  for (const token of removed) out.push({ kind: 'removed', token });
  for (const token of added) out.push({ kind: 'added', token });
  if (removed.length > 0 || added.length > 0) countChange(counts, removed, added);
}

function flatten(blocks: DiffBlock[]): RichToken[] {
  const out: RichToken[] = [];
  for (const block of blocks) out.push({ kind: 'start', style: block.style }, ...block.tokens);
  return out;
}

function diffTokens(out: Emitted[], counts: Counts, before: RichToken[], after: RichToken[]): void {
  const walk = {
    same: (kept: RichToken[]) => kept.forEach((token) => out.push({ kind: 'same', token })),
    change: (removed: RichToken[], added: RichToken[]) => emitChange(out, counts, removed, added),
  };
  const space = (t: RichToken) => t.kind === 'text' && /^[^\S\n]+$/u.test(t.text);
  if (!walkEdits(before, after, tokenKey, walk, space)) emitChange(out, counts, before, after);
}

const blockKey = (block: DiffBlock) =>
  [tokenKey({ kind: 'start', style: block.style }), ...block.tokens.map(tokenKey)].join('');

function diffStream(before: DiffBlock[], after: DiffBlock[], counts: Counts): Emitted[] {
  const out: Emitted[] = [];
  // Blocks first: kept blocks as they are, each changed stretch of blocks diffed token by token.
  const byBlock = walkEdits(before, after, blockKey, {
    same: (blocks) => flatten(blocks).forEach((token) => out.push({ kind: 'same', token })),
    change: (old, now) => diffTokens(out, counts, flatten(old), flatten(now)),
  });
  if (!byBlock) diffTokens(out, counts, flatten(before), flatten(after));
  return out;
}

interface Group {
  start: Emitted & { token: { kind: 'start' } };
  pieces: RichPiece[];
}

/** Emitted tokens as the blocks a reader sees: joins, splits and kind changes made visible. */
function shape(stream: Emitted[]): ShownBlock[] {
  const groups: Group[] = [];
  let noteBefore = 0;
  let noteAfter = 0;
  for (const item of stream) {
    const { token } = item;
    if (token.kind === 'start') {
      groups.push({ start: item as Group['start'], pieces: [] });
      continue;
    }
    const piece: RichPiece = { kind: item.kind, token };
    if (token.kind === 'footnote') {
      piece.noteIndex = item.kind === 'removed' ? noteBefore : noteAfter;
      if (item.kind !== 'added') noteBefore++;
      if (item.kind !== 'removed') noteAfter++;
    }
    groups[groups.length - 1]?.pieces.push(piece);
  }
  const blocks: ShownBlock[] = [];
  let pendingStyle: BlockStyle | undefined;
  for (const group of groups) {
    const { kind } = group.start;
    const style = group.start.token.style;
    const keepsText = group.pieces.some((piece) => piece.kind !== 'removed');
    if (kind === 'removed' && group.pieces.length === 0) {
      // An empty removed block start followed by an added one: the block only changed kind.
      pendingStyle = style;
      continue;
    }
    const previous = blocks[blocks.length - 1];
    if (kind === 'removed' && keepsText && previous) {
      // The break before this text was removed: it now continues the previous block.
      previous.joinedNext = true;
      previous.pieces.push(...group.pieces);
      continue;
    }
    const all = (k: DiffKind) => group.pieces.every((piece) => piece.kind === k);
    const change: DiffKind =
      kind === 'removed' && all('removed') ? 'removed' : kind === 'added' && all('added') ? 'added' : 'same';
    const block: ShownBlock = { style, change, pieces: group.pieces };
    if (pendingStyle && kind === 'added') block.styleBefore = pendingStyle;
    // A break added inside text that was kept: the paragraph was split here.
    else if (kind === 'added' && keepsText && !all('added') && previous) previous.splitAfter = true;
    pendingStyle = undefined;
    blocks.push(block);
  }
  return blocks;
}

/** Compares a section's older and newer content; fields read as each side's field texts. */
export function diffRich(
  before: SerializedEditorState,
  after: SerializedEditorState,
  fields: { before?: FieldTexts; after?: FieldTexts } = {},
): RichDiff {
  const counts: Counts = { added: 0, removed: 0, restyled: 0 };
  const stream = diffStream(diffBlocks(before, fields.before), diffBlocks(after, fields.after), counts);
  const blocks = shape(stream);
  const restyledBlocks = blocks.filter((block) => block.styleBefore).length;
  const notes = stream.filter((item) => item.token.kind === 'footnote' && item.kind !== 'same');
  const notesChanged = Math.max(
    notes.filter((n) => n.kind === 'added').length,
    notes.filter((n) => n.kind === 'removed').length,
  );
  const changed = stream.some((item) => item.kind !== 'same');
  return { blocks, ...counts, restyledBlocks, notesChanged, changed };
}
