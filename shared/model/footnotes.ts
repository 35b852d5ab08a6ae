// Footnote numbers are derived, never stored: a footnote's number is its position in document
// order across all sections, so inserting one in Norm 2 renumbers every later one.
import type { Section } from './draft';
import type { SerializedEditorState, SerializedFootnote } from './lexical-json';
import { forEachBodyNode } from './walk';

/** The footnotes of one section's body, in document order (notes never nest). */
export function collectFootnotes(content: SerializedEditorState): SerializedFootnote[] {
  const found: SerializedFootnote[] = [];
  forEachBodyNode(content, (node) => {
    if (node.type === 'footnote') found.push(node);
  });
  return found;
}

export function countFootnotes(content: SerializedEditorState): number {
  return collectFootnotes(content).length;
}

export interface FootnoteNumbering {
  total: number;
  /** Number of the first footnote in each section: 1 + the footnotes in all sections before it. */
  firstNumberBySection: Map<string, number>;
}

/**
 * Number of each section's first footnote from the sections' footnote counts, in draft order
 * (the open draft keeps live counts, so it numbers without walking the content again).
 */
export function footnoteStarts(sections: readonly { id: string; footnotes: number }[]): Map<string, number> {
  const starts = new Map<string, number>();
  let before = 0;
  for (const section of sections) {
    starts.set(section.id, before + 1);
    before += section.footnotes;
  }
  return starts;
}

/** Sections in draft order; every section gets an entry, even one without footnotes. */
export function numberFootnotes(sections: Pick<Section, 'id' | 'content'>[]): FootnoteNumbering {
  const counted = sections.map((section) => ({ id: section.id, footnotes: countFootnotes(section.content) }));
  return {
    total: counted.reduce((sum, section) => sum + section.footnotes, 0),
    firstNumberBySection: footnoteStarts(counted),
  };
}
