// What each list paragraph of the export is numbered with: the list's kind (bullet, 1. 2. 3.,
// a. b. c.), and the label Word shows at a given level and count. numbering.ts writes these as
// Word numbering definitions; the print layout shows the labels themselves.
import type { Language } from '../model/languages';
import type { SerializedList } from '../model/lexical-json';
import { LETTERED_LIST_STYLE } from '../model/lexical-json';

export type ListKind = 'bullet' | 'number' | 'letter';

/** Word allows nine levels (0..8). */
export const MAX_LIST_LEVEL = 8;
export const BULLETS = ['•', '◦', '▪'];
// Arabic United Nations documents letter their lists in abjad order: أ، ب، ج، د …
const ABJAD = [...'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ'];
const LATIN = [...'abcdefghijklmnopqrstuvwxyz'];

export function listKind(list: SerializedList): ListKind {
  if (list.listType !== 'number') return 'bullet';
  return list.$?.['listStyle'] === LETTERED_LIST_STYLE ? 'letter' : 'number';
}

/** The number the list counts from (numbered and lettered lists only). */
export function listStart(list: SerializedList): number {
  return listKind(list) !== 'bullet' && Number.isInteger(list.start) && list.start > 1 ? list.start : 1;
}

/** Word's letter numbering: a … z, then aa … zz, and so on (n counts from 1). */
function letters(n: number, alphabet: readonly string[]): string {
  const index = (n - 1) % alphabet.length;
  return (alphabet[index] ?? '').repeat(Math.floor((n - 1) / alphabet.length) + 1);
}

/** The label of the n-th paragraph (from 1, counting from the list's start) at `level`. */
export function listLabel(kind: ListKind, n: number, level: number, language: Language): string {
  if (kind === 'bullet') return BULLETS[level % BULLETS.length] ?? BULLETS[0]!;
  if (kind === 'number') return `${n}.`;
  return `${letters(n, language === 'ar' ? ABJAD : LATIN)}.`;
}
