// Real Word numbering: one definition per list kind (bullet, 1. 2. 3., a. b. c.), and a new
// numbering instance for every list in the draft so that each list counts from its own start.
import type { INumberingOptions, ILevelsOptions } from 'docx';
import { AlignmentType, LevelFormat } from 'docx';
import type { Language } from '../model/languages';
import type { SerializedList } from '../model/lexical-json';
import { BULLETS, listKind, listStart, MAX_LIST_LEVEL, type ListKind } from './list-labels';

export { listKind, MAX_LIST_LEVEL, type ListKind };

function level(kind: ListKind, index: number, start: number, language: Language): ILevelsOptions {
  const indent = { left: 720 + 360 * index, hanging: 360 };
  const base = { level: index, alignment: AlignmentType.LEFT, style: { paragraph: { indent } } };
  if (kind === 'bullet') return { ...base, format: LevelFormat.BULLET, text: BULLETS[index % BULLETS.length] };
  // Arabic United Nations documents letter their lists in abjad order: أ، ب، ج، د …
  const letters = language === 'ar' ? LevelFormat.ARABIC_ABJAD : LevelFormat.LOWER_LETTER;
  const format = kind === 'letter' ? letters : LevelFormat.DECIMAL;
  return { ...base, format, text: `%${index + 1}.`, start };
}

function levels(kind: ListKind, language: Language, start = 1): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, index) => level(kind, index, start, language));
}

/** The list definitions of a document written in `language`. */
export function numberingOptions(language: Language): INumberingOptions {
  return {
    config: (['bullet', 'number', 'letter'] as const).map((kind) => ({
      reference: kind,
      levels: levels(kind, language),
    })),
  };
}

/** Registers a numbering instance with the document and returns its w:numId. */
export type NumberingRegistry = (
  reference: string,
  instance: number,
  definition?: { reference: string; levels: ILevelsOptions[] },
) => number;

/** Hands out a fresh numbering instance per list; a list that starts above 1 gets its own definition. */
export class ListInstances {
  private next = 1;

  constructor(
    private readonly register: NumberingRegistry,
    private readonly language: Language,
  ) {}

  /**
   * A new instance for `list`, as a function giving its w:numId. The instance is registered on
   * the first call, i.e. when the list's first paragraph is written: a list with no text adds
   * nothing to the numbering part.
   */
  open(list: SerializedList): () => number {
    const kind = listKind(list);
    const start = listStart(list);
    const instance = this.next++;
    let numId: number | undefined;
    return () => {
      if (numId !== undefined) return numId;
      const reference = `${kind}-from-${start}`;
      numId =
        start === 1
          ? this.register(kind, instance)
          : this.register(reference, instance, { reference, levels: levels(kind, this.language, start) });
      return numId;
    };
  }
}
