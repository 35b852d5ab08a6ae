// What changed between two plain texts, word by word: the comparison a versions panel shows.
// Paragraphs ("\n"-separated lines) are matched first, so a long section with a few edited
// paragraphs costs a diff of its lines plus small word diffs of the edited ones. Words are those
// of shared/model/word-tokens.ts, as for the word count and search.
import { isWord, textPieces } from '../model/word-tokens';
import { walkEdits } from './edits';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

export interface TextDiff {
  /** In reading order; within a change the removed text comes before the added text. */
  segments: DiffSegment[];
  /** Words only in the newer text. */
  added: number;
  /** Words only in the older text. */
  removed: number;
}

const SPACE = /^[^\S\n]+$/u;

interface Builder {
  segments: DiffSegment[];
  added: number;
  removed: number;
}

function emit(out: Builder, kind: DiffKind, text: string): void {
  if (!text) return;
  const last = out.segments[out.segments.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.segments.push({ kind, text });
}

const countWords = (tokens: string[]) => tokens.reduce((n, token) => n + (isWord(token) ? 1 : 0), 0);

function emitChange(out: Builder, removed: string[], added: string[]): void {
  emit(out, 'removed', removed.join(''));
  emit(out, 'added', added.join(''));
  out.removed += countWords(removed);
  out.added += countWords(added);
}

/** Word-level diff of two token lists; too many edits shows the whole stretch as replaced. */
function diffTokens(out: Builder, before: string[], after: string[]): void {
  const walked = walkEdits(
    before,
    after,
    (token) => token,
    { same: (kept) => emit(out, 'same', kept.join('')), change: (removed, added) => emitChange(out, removed, added) },
    (token) => SPACE.test(token),
  );
  if (!walked) emitChange(out, before, after);
}

function linesWithBreaks(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}\n` : line));
}

/** Compares an older and a newer text; `added` and `removed` count words. */
export function diffWords(before: string, after: string): TextDiff {
  const out: Builder = { segments: [], added: 0, removed: 0 };
  if (before === after) {
    emit(out, 'same', before);
    return out;
  }
  // Lines first: kept lines as they are, each changed stretch of lines diffed word by word.
  const byLine = walkEdits(linesWithBreaks(before), linesWithBreaks(after), (line) => line, {
    same: (lines) => emit(out, 'same', lines.join('')),
    change: (oldLines, newLines) => diffTokens(out, textPieces(oldLines.join('')), textPieces(newLines.join(''))),
  });
  if (!byLine) diffTokens(out, textPieces(before), textPieces(after));
  return out;
}

/** One stretch of words only in the older text (removed) or only in the newer one (added). */
export interface WordChange {
  kind: Exclude<DiffKind, 'same'>;
  text: string;
}

/**
 * What changed between two texts as a list: each removed or added stretch in reading order, its
 * spacing collapsed; a stretch of spacing alone is left out. Empty when nothing else changed.
 */
export function wordChanges(before: string, after: string): WordChange[] {
  const changes: WordChange[] = [];
  for (const segment of diffWords(before, after).segments) {
    if (segment.kind === 'same') continue;
    const text = segment.text.replace(/\s+/gu, ' ').trim();
    if (text) changes.push({ kind: segment.kind, text });
  }
  return changes;
}
