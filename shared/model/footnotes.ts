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

/** Sections in draft order; every section gets an entry, even one without footnotes. */
export function numberFootnotes(sections: Pick<Section, 'id' | 'content'>[]): FootnoteNumbering {
  const firstNumberBySection = new Map<string, number>();
  let total = 0;
  for (const section of sections) {
    firstNumberBySection.set(section.id, total + 1);
    total += countFootnotes(section.content);
  }
  return { total, firstNumberBySection };
}
