// Which sections the Word export leaves out. By default a section with nothing written in it is
// left out, whatever its kind: a norm, the summary, the approach, any template section. Headings
// and the suggested sub-headings (bold run-in labels such as "Regulatory framework: ", one click
// in the editor) do not count as writing: without text under them they print as a bare outline.
// A section whose structured fields hold an answer is kept. The title block and the closing line
// are never left out: the export fills them from the draft's details instead.
import type { Section } from '../model/draft';
import { TEXT_FORMAT, type SerializedEditorState, type SerializedNode } from '../model/lexical-json';
import { sectionWordCount } from '../model/words';
import { isAnswered } from '../model/section-fields';

/** A paragraph holding only a bold label that ends in a colon, as a suggested sub-heading is inserted. */
function isBareRunIn(node: SerializedNode): boolean {
  if (node.type !== 'paragraph') return false;
  const written = node.children.filter((c) => !(c.type === 'text' && c.text.trim() === ''));
  if (!written.every((c) => c.type === 'text' && (c.format & TEXT_FORMAT.bold) !== 0)) return false;
  const text = written
    .map((c) => (c.type === 'text' ? c.text : ''))
    .join('')
    .trim();
  return /[:：]$/u.test(text);
}

/** Words anywhere but in headings and bare sub-heading labels: paragraphs, quotes, lists, footnotes. */
export function hasTextBeyondHeadings(content: SerializedEditorState | undefined): boolean {
  if (!content?.root) return false;
  const children = content.root.children.filter((node) => node.type !== 'heading' && !isBareRunIn(node));
  return sectionWordCount({ root: { ...content.root, children } }) > 0;
}

/** A heading that groups the norms after it ("Norm-by-norm"): a section no one writes in. */
function isGroupHeading(section: Section): boolean {
  return section.kind === 'general' && !section.guidanceKeys?.length && !section.subheadingKeys?.length;
}

/**
 * The sections the export leaves out, in document order. A group heading is kept while a norm
 * section under it is kept, and left out with them otherwise.
 */
export function sectionsLeftOut(sections: readonly Section[], includeEmpty: boolean): Section[] {
  if (includeEmpty) return [];
  const empty = (s: Section) =>
    s.kind !== 'title' && s.kind !== 'closing' && !hasTextBeyondHeadings(s.content) && !s.fields?.some(isAnswered);
  return sections.filter((section, index) => {
    if (!empty(section)) return false;
    if (!isGroupHeading(section)) return true;
    for (const next of sections.slice(index + 1)) {
      if (next.kind !== 'norm') break;
      if (!empty(next)) return false;
    }
    return true;
  });
}

/** The sections the export writes, in document order. */
export function sectionsToExport(sections: readonly Section[], includeEmpty: boolean): Section[] {
  const leftOut = new Set(sectionsLeftOut(sections, includeEmpty));
  return sections.filter((s) => !leftOut.has(s));
}
