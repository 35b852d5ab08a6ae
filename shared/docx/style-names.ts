// The names of the house style's Word styles. Kept apart from the style definitions (which need
// the docx library) so that the document outline and the print layout can name them too.
export const STYLE = {
  issuingBody: 'IssuingBody',
  title: 'Title',
  subtitle: 'Subtitle',
  forum: 'Forum',
  headings: ['Heading1', 'Heading2', 'Heading3'],
  normHeading: 'NormHeading',
  quote: 'Quote',
  list: 'ListParagraph',
  footnoteText: 'FootnoteText',
  dateLine: 'DateLine',
  header: 'Header',
  footer: 'Footer',
  hyperlink: 'Hyperlink',
} as const;

/** Headings in a section sit under the section heading (Heading 1): h1 -> Heading 2, deeper -> Heading 3. */
export function contentHeadingStyle(tag: string): string {
  const level = Number(tag.slice(1)) || 1;
  return STYLE.headings[Math.min(level, STYLE.headings.length - 1)] ?? STYLE.headings[2];
}
