// Where content goes in a template's sections: one rule for import (a document's parts) and for a
// template change (a draft's sections), and for finding the template section a draft section
// came from. A norm goes to its norm's section, anything else to a section of its kind; content
// may name fallback kinds, tried in order. What has no place gets -1 and the caller keeps it
// apart: nothing is ever dropped here.
import type { NormLetter, SectionKind } from '../model/draft';

/** A place in a template: a norm by its letter, any other section by its kind. */
export interface Slot {
  kind: SectionKind;
  norm?: NormLetter | null;
  /** Only the section of this kind just before the first norm (the heading above the norms). */
  beforeNorms?: boolean;
}

/** The places content may go, best first. */
export type Wish = readonly Slot[];

/**
 * When two pieces of content want the same place: `join` puts them together in the first section
 * of that place (an import's repeated heading); `next` gives each its own section of that place,
 * in order, and none once they are all taken (a template change keeps a draft's sections apart).
 */
export type Repeats = 'join' | 'next';

function matches(sections: readonly Slot[], slot: Slot): number[] {
  if (slot.beforeNorms) {
    const firstNorm = sections.findIndex((section) => section.kind === 'norm');
    return firstNorm > 0 && sections[firstNorm - 1]!.kind === slot.kind ? [firstNorm - 1] : [];
  }
  const found: number[] = [];
  sections.forEach((section, index) => {
    if (section.kind === slot.kind && (slot.kind !== 'norm' || section.norm === slot.norm)) found.push(index);
  });
  return found;
}

/** Where a draft's section belongs: a norm by its letter, any other section by its kind. */
export function sectionWish(section: { kind: SectionKind; norm: NormLetter | null }): Wish {
  return [{ kind: section.kind, norm: section.norm }];
}

/** For each wish, in order, the index of the template section it goes to, or -1. */
export function placeInSections(sections: readonly Slot[], wishes: readonly Wish[], repeats: Repeats): number[] {
  const taken = new Set<number>();
  return wishes.map((wish) => {
    for (const slot of wish) {
      const candidates = matches(sections, slot);
      if (candidates.length === 0) continue;
      if (repeats === 'join') return candidates[0]!;
      const free = candidates.find((index) => !taken.has(index));
      if (free === undefined) continue;
      taken.add(free);
      return free;
    }
    return -1;
  });
}
