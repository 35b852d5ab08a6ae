// What changed between two plain texts, word by word: the comparison a versions panel shows.
// Paragraphs ("\n"-separated lines) are matched first, so a long section with a few edited
// paragraphs costs a diff of its lines plus small word diffs of the edited ones. Chinese and
// Japanese characters count as one word each, as word counts do elsewhere in the app.
import { DEFAULT_MAX_EDITS, diffSequences, type EditRun } from './myers';

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

const IDEOGRAPH = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const TOKEN = new RegExp(
  `[${IDEOGRAPH}]|(?:(?![${IDEOGRAPH}])[\\p{L}\\p{M}\\p{N}])+(?:['’_-](?:(?![${IDEOGRAPH}])[\\p{L}\\p{M}\\p{N}])+)*|\\n|[^\\S\\n]+|[^]`,
  'gu',
);
const WORDLIKE = /[\p{L}\p{N}]/u;
const SPACE = /^[^\S\n]+$/u;

/** Words, runs of spaces, line breaks and single other characters, in order. */
export function tokenizeForDiff(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

class Interner {
  private readonly ids = new Map<string, number>();
  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
    }
    return id;
  }
}

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

const countWords = (tokens: string[]) => tokens.reduce((n, token) => n + (WORDLIKE.test(token) ? 1 : 0), 0);

function emitChange(out: Builder, removed: string[], added: string[]): void {
  emit(out, 'removed', removed.join(''));
  emit(out, 'added', added.join(''));
  out.removed += countWords(removed);
  out.added += countWords(added);
}

/** Word-level diff of two token lists; too many edits shows the whole stretch as replaced. */
function diffTokens(out: Builder, before: string[], after: string[]): void {
  const interner = new Interner();
  const runs = diffSequences(
    before.map((t) => interner.id(t)),
    after.map((t) => interner.id(t)),
    DEFAULT_MAX_EDITS,
  );
  if (!runs) return emitChange(out, before, after);
  // A space between two changes reads better as part of the change than as kept text.
  let i = 0;
  let j = 0;
  let removed: string[] = [];
  let added: string[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.op === 'delete') {
      removed.push(...before.slice(i, i + run.length));
      i += run.length;
    } else if (run.op === 'insert') {
      added.push(...after.slice(j, j + run.length));
      j += run.length;
    } else {
      const kept = before.slice(i, i + run.length);
      const between = r > 0 && r < runs.length - 1 && run.length === 1 && SPACE.test(kept[0]!);
      if (between) {
        removed.push(kept[0]!);
        added.push(kept[0]!);
      } else {
        emitChange(out, removed, added);
        removed = [];
        added = [];
        emit(out, 'same', kept.join(''));
      }
      i += run.length;
      j += run.length;
    }
  }
  emitChange(out, removed, added);
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
  const a = linesWithBreaks(before);
  const b = linesWithBreaks(after);
  const interner = new Interner();
  const runs: EditRun[] | null = diffSequences(
    a.map((line) => interner.id(line)),
    b.map((line) => interner.id(line)),
    DEFAULT_MAX_EDITS,
  );
  if (!runs) {
    diffTokens(out, tokenizeForDiff(before), tokenizeForDiff(after));
    return out;
  }
  let i = 0;
  let j = 0;
  let oldLines: string[] = [];
  let newLines: string[] = [];
  const flushChanged = () => {
    if (oldLines.length || newLines.length) diffTokens(out, tokenizeForDiff(oldLines.join('')), tokenizeForDiff(newLines.join('')));
    oldLines = [];
    newLines = [];
  };
  for (const run of runs) {
    if (run.op === 'delete') {
      oldLines.push(...a.slice(i, i + run.length));
      i += run.length;
    } else if (run.op === 'insert') {
      newLines.push(...b.slice(j, j + run.length));
      j += run.length;
    } else {
      flushChanged();
      emit(out, 'same', a.slice(i, i + run.length).join(''));
      i += run.length;
      j += run.length;
    }
  }
  flushChanged();
  return out;
}
